# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = Du bist kein Mitglied von „{ $group }“, daher gelten dessen Einstellungen, Kontingent und Budget nicht. Du kannst dein Foto hier trotzdem selbst erstellen.
group-link-unknown = Dieser Gruppenlink funktioniert nicht (die Gruppe nutzt diesen Bot nicht, oder der Link ist veraltet). Du kannst dein Foto hier trotzdem selbst erstellen.
