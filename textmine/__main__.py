"""``python -m textmine``: the same command line as ``textmine``."""
import sys

from .cli import main

sys.exit(main())
