# Group links that do not apply: not a member, or a group the bot does not know (handlers/commands.py).
group-link-not-member = Você não é membro de “{ $group }”, então as configurações, a cota e o orçamento do grupo não se aplicam. Você ainda pode fazer sua foto aqui por conta própria.
group-link-unknown = Esse link de grupo não funciona (o grupo não usa este bot ou o link está desatualizado). Você ainda pode fazer sua foto aqui por conta própria.
