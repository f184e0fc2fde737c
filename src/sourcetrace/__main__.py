"""`python -m sourcetrace …` runs the command line, as the `sourcetrace` script does."""

import sys

from sourcetrace.cli.main import main

sys.exit(main())
