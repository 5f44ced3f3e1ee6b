"""The reader's window: thin Qt widgets over ``reader.core``."""
