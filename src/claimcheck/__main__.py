"""``python -m claimcheck``: the same as the ``claimcheck`` command."""

from claimcheck.cli import main_entry

if __name__ == "__main__":
    main_entry()
