"""The Qt screens. Screens never run SQL: they call services through
desktop/ui/operations.py, off the UI thread."""
