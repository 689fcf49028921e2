"""Allow ``python -m communique``."""

import sys

from communique.cli import main

if __name__ == "__main__":
    sys.exit(main())
