"""``python -m compare`` is the same as the ``crosscheck`` command."""

from compare.cli import main

if __name__ == "__main__":
    main()
