"""ReturnDesk benchmarks: `make bench` (full) and `make bench-quick`."""
