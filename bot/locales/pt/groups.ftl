## Limits: said when a final or a preview cannot be made now.
limit-daily-credits = O bot atingiu o limite de fotos finais de hoje. Tente de novo depois de { $reset }.
limit-user-finals = Você já fez { $count ->
        [one] { $count } foto final
       *[other] { $count } fotos finais
    } { $period ->
        [day] hoje
        [week] nesta semana
        [month] neste mês
       *[other] neste período ({ $period })
    } — esse é o limite. Ele reinicia em { $reset }. As prévias grátis continuam funcionando.
limit-group-quota = “{ $group }” permite { $count ->
        [one] { $count } foto final
       *[other] { $count } fotos finais
    } por membro { $period ->
        [day] por dia
        [week] por semana
        [month] por mês
       *[other] por período ({ $period })
    }, e você já usou todas. Reinicia em { $reset }.
limit-group-budget = “{ $group }” já usou o orçamento de fotos deste mês. Ele reinicia em { $reset }; fale com os administradores do grupo.
limit-group-disabled = Os administradores de “{ $group }” pausaram o bot de fotos no grupo.
limit-previews = Já são { $count ->
        [one] { $count } prévia
       *[other] { $count } prévias
    } em uma hora — faça uma pausa curta. Você pode ver outra prévia a partir de { $reset }.

## Groups.
group-open-private = As fotos são feitas em um chat privado, então sua selfie nunca aparece no grupo. Toque abaixo para começar.
group-open-button = 📷 Minha foto de documento
group-disabled = O bot de fotos está pausado neste grupo. Um administrador pode ativá-lo com /enable.
group-admins-only = Desculpe, só os administradores do grupo podem mudar as configurações de foto.
group-setspec-usage = Digite para que servem as fotos do grupo, por exemplo /setspec passaporte Brasil (ou um tamanho: /setspec 35x45mm).
group-setspec-pick = Escolha o documento do grupo:
group-spec-set = Pronto: os membros vão receber { $spec } por padrão.
group-setbg-usage = Informe uma cor em código hexadecimal, por exemplo /setbg FFFFFF (ou /setbg off).
group-bg-set = Pronto: o fundo padrão é { $color }.
group-bg-cleared = Pronto: os membros escolhem o fundo.
group-quota-usage = Exemplo: /quota 2 per month (fotos finais por membro) ou /quota off.
group-quota-set = Pronto: cada membro pode fazer { $count ->
        [one] { $count } foto final
       *[other] { $count } fotos finais
    } { $period ->
        [day] por dia
        [week] por semana
        [month] por mês
       *[other] por período ({ $period })
    }.
group-quota-cleared = Pronto: sem limite por membro.
group-budget-usage = Exemplo: /budget 300 per month (créditos que o grupo pode gastar) ou /budget off.
group-budget-set = Pronto: o grupo pode gastar { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    } por mês.
group-budget-cleared = Pronto: sem orçamento mensal.
group-enabled = O bot de fotos está ativado neste grupo.
group-disabled-now = O bot de fotos está pausado neste grupo.
group-settings =
    Configurações de foto de “{ $group }”:
    Status: { $status }
    Documento: { $spec }
    Fundo: { $background }
    Fotos finais por membro: { $quota }
    Orçamento mensal: { $budget }
group-status-on = ativado
group-status-off = pausado
group-not-set = não definido
group-quota-value = { $count } { $period ->
        [day] por dia
        [week] por semana
        [month] por mês
       *[other] por período ({ $period })
    }
group-budget-value = { $spent } de { $credits ->
        [one] { $credits } crédito usados
       *[other] { $credits } créditos usados
    }
group-stats =
    Este mês em “{ $group }”:
    Membros atendidos: { $users }
    Prévias: { $previews }
    Fotos finais: { $finals }
    Créditos usados: { $credits }

## Operators.
ops-only = Este comando é para os operadores do bot.
ops-summary =
    Hoje: { $d_previews } prévias, { $d_finals } finais, { $d_credits } créditos, { $d_failures } falhas, { $d_users } usuários.
    Este mês: { $m_previews } prévias, { $m_finals } finais, { $m_credits } créditos, { $m_failures } falhas, { $m_users } usuários.
    Principais grupos do mês:
    { $groups }
ops-no-groups = (nenhum)
ops-group-line = { $title } ({ $id }): { $finals } finais, { $credits } créditos
ops-user-usage = Uso: /ops user <telegram user id>
ops-user-history =
    Usuário { $id }: { $finals } finais, { $credits } créditos este mês. Últimas tarefas:
    { $lines }
ops-user-line = { $date } { $purpose } estado { $state } — { $credits } créditos
ops-user-none = (sem tarefas)

cmd-idphoto = Fazer foto de documento (abre um chat privado)
cmd-setspec = Documento padrão do grupo
cmd-setbg = Fundo padrão do grupo
cmd-quota = Fotos finais por membro por período
cmd-budget = Orçamento mensal de créditos do grupo
cmd-enable = Ativar o bot de fotos neste grupo
cmd-disable = Pausar o bot de fotos neste grupo
cmd-settings = Ver as configurações de foto do grupo
cmd-stats = Uso do grupo neste mês
