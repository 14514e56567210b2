# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = You’re not a member of “{ $group }”, so its settings, quota and budget don’t apply. You can still make your photo here on your own.
group-link-unknown = That group link doesn’t work (the group doesn’t use this bot, or the link is out of date). You can still make your photo here on your own.
