"""The conversation state machine: states, session options and transitions (no Telegram imports)."""
