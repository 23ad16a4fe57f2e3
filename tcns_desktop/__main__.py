"""`python -m tcns_desktop` runs the same entry point as the `tcns` console script."""

from tcns_desktop.cli import main

raise SystemExit(main())
