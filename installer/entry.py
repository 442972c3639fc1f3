"""The bundle's entry point: the same command line as `returndesk`."""

import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    # A big import's worker processes start this executable again (spawn): they
    # must run their task, not the command line (desktop/services/imports/parallel.py).
    multiprocessing.freeze_support()
    raise SystemExit(main())
