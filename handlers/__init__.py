"""Telegram glue: turns updates into conversation events and results into messages."""
