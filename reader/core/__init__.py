"""The reader's logic: article sources, the content bundle, export. Imports no Qt."""
