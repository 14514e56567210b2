# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = Vous n’êtes pas membre de « { $group } » : ses réglages, son quota et son budget ne s’appliquent pas. Vous pouvez quand même faire votre photo ici, par vous-même.
group-link-unknown = Ce lien de groupe ne fonctionne pas (le groupe n’utilise pas ce bot, ou le lien est périmé). Vous pouvez quand même faire votre photo ici, par vous-même.
