"""Entry point of the PyInstaller build: the same ``netbuilder`` command that ``pip install`` gives."""

import sys

from netbuilder.cli import main

if __name__ == "__main__":
    sys.exit(main())
