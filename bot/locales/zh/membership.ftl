# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = 你不是“{ $group }”的成员，因此该群的设置、配额和预算不适用。你仍可以在这里自行制作照片。
group-link-unknown = 这个群组链接无效（该群未使用本机器人，或链接已过期）。你仍可以在这里自行制作照片。
