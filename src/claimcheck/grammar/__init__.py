"""The one regex grammar of claimcheck: numbers, qualifiers, ranges, units and time words.

Figures, the timeline and extraction all read text through these patterns, so a
phrase that ``parse_figure`` understands is found the same way in an article.
Every pattern is built on the ``regex`` module, is bounded (no unbounded
repetition of ambiguous groups) and runs in linear time.
"""
