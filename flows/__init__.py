"""Prefect flows: compose tasks, nothing else; ``prefect.yaml`` entrypoints point here."""
