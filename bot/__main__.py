"""`python -m bot` runs the same command line as `qabot`."""

from bot.cli import main

raise SystemExit(main())
