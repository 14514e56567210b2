"""idphoto-bot: the application package (infrastructure: config, app wiring, clients, storage)."""
