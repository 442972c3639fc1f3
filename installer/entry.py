"""The bundle's entry point: the same command line as `returndesk`."""

from desktop.cli import main

raise SystemExit(main())
