"""`python -m okot_audit …` runs the `okot-audit` command."""

from okot_audit.cli import main

if __name__ == "__main__":
    main()
