"""Riverbend patient messaging assistant: the project's own Python package."""
