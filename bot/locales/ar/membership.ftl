# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = لست عضوًا في «{ $group }»، لذلك لا تنطبق عليك إعداداتها وحصتها وميزانيتها. لا يزال بإمكانك تجهيز صورتك هنا بنفسك.
group-link-unknown = رابط المجموعة هذا لا يعمل (المجموعة لا تستخدم هذا البوت أو الرابط قديم). لا يزال بإمكانك تجهيز صورتك هنا بنفسك.
