# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = No eres miembro de “{ $group }”, así que su configuración, cupo y presupuesto no se aplican. Igual puedes hacer tu foto aquí por tu cuenta.
group-link-unknown = Ese enlace de grupo no funciona (el grupo no usa este bot o el enlace está desactualizado). Igual puedes hacer tu foto aquí por tu cuenta.
