"""Command line: `sourcetrace analyze …`, `sourcetrace eval …`, `sourcetrace steps`."""
