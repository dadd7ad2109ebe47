"""The app's widgets: the diff view, the header and the status line."""
