# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = Вы не участник «{ $group }», поэтому её настройки, квота и бюджет здесь не действуют. Фото можно сделать и так, самостоятельно.
group-link-unknown = Эта ссылка на группу не работает (группа не пользуется ботом или ссылка устарела). Фото можно сделать и так, самостоятельно.
