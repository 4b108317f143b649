"""Prefect tasks: thin wrappers over ``newsetl`` with retries, caching and names declared here."""
