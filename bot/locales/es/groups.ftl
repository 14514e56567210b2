## Limits: said when a final or a preview cannot be made now.
limit-daily-credits = El bot alcanzó el límite de fotos finales de hoy. Inténtalo de nuevo después de { $reset }.
limit-user-finals = Ya hiciste { $count ->
        [one] { $count } foto final
       *[other] { $count } fotos finales
    } { $period ->
        [day] hoy
        [week] esta semana
        [month] este mes
       *[other] en este periodo ({ $period })
    }: es el límite. Se reinicia el { $reset }. Las vistas previas gratis siguen disponibles.
limit-group-quota = “{ $group }” permite { $count ->
        [one] { $count } foto final
       *[other] { $count } fotos finales
    } por miembro { $period ->
        [day] al día
        [week] a la semana
        [month] al mes
       *[other] por periodo ({ $period })
    }, y ya las usaste. Se reinicia el { $reset }.
limit-group-budget = “{ $group }” ya usó su presupuesto de fotos de este mes. Se reinicia el { $reset }; consulta a los administradores del grupo.
limit-group-disabled = Los administradores de “{ $group }” pausaron el bot de fotos en el grupo.
limit-previews = Ya van { $count } vistas previas en una hora; tómate un breve descanso. Podrás volver a verla a partir de { $reset }.

## Groups.
group-open-private = Las fotos se hacen en un chat privado, así tu selfie nunca aparece en el grupo. Toca abajo para empezar.
group-open-button = 📷 Hacer mi foto de documento
group-disabled = El bot de fotos está en pausa en este grupo. Un administrador puede activarlo con /enable.
group-admins-only = Lo siento, solo los administradores del grupo pueden cambiar los ajustes de fotos.
group-setspec-usage = Escribe para qué son las fotos del grupo, p. ej. /setspec pasaporte México (o un tamaño: /setspec 35x45mm).
group-setspec-pick = Elige el documento del grupo:
group-spec-set = Listo: los miembros obtendrán { $spec } por defecto.
group-setbg-usage = Indica un color en código hexadecimal, p. ej. /setbg FFFFFF (o /setbg off).
group-bg-set = Listo: el fondo por defecto es { $color }.
group-bg-cleared = Listo: cada miembro elige el fondo.
group-quota-usage = Ejemplo: /quota 2 per month (fotos finales por miembro), o /quota off.
group-quota-set = Listo: cada miembro puede hacer { $count ->
        [one] { $count } foto final
       *[other] { $count } fotos finales
    } { $period ->
        [day] al día
        [week] a la semana
        [month] al mes
       *[other] por periodo ({ $period })
    }.
group-quota-cleared = Listo: sin límite por miembro.
group-budget-usage = Ejemplo: /budget 300 per month (créditos que puede gastar el grupo), o /budget off.
group-budget-set = Listo: el grupo puede gastar { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    } al mes.
group-budget-cleared = Listo: sin presupuesto mensual.
group-enabled = El bot de fotos está activado en este grupo.
group-disabled-now = El bot de fotos está en pausa en este grupo.
group-settings =
    Ajustes de fotos de “{ $group }”:
    Estado: { $status }
    Documento: { $spec }
    Fondo: { $background }
    Fotos finales por miembro: { $quota }
    Presupuesto mensual: { $budget }
group-status-on = activado
group-status-off = en pausa
group-not-set = sin definir
group-quota-value = { $count } { $period ->
        [day] al día
        [week] a la semana
        [month] al mes
       *[other] por periodo ({ $period })
    }
group-budget-value = { $spent } de { $credits ->
        [one] { $credits } crédito usados
       *[other] { $credits } créditos usados
    }
group-stats =
    Este mes en “{ $group }”:
    Miembros atendidos: { $users }
    Vistas previas: { $previews }
    Fotos finales: { $finals }
    Créditos usados: { $credits }

## Operators.
ops-only = Este comando es para los operadores del bot.
ops-summary =
    Hoy: { $d_previews } vistas previas, { $d_finals } finales, { $d_credits } créditos, { $d_failures } fallos, { $d_users } usuarios.
    Este mes: { $m_previews } vistas previas, { $m_finals } finales, { $m_credits } créditos, { $m_failures } fallos, { $m_users } usuarios.
    Grupos principales del mes:
    { $groups }
ops-no-groups = (ninguno)
ops-group-line = { $title } ({ $id }): { $finals } finales, { $credits } créditos
ops-user-usage = Uso: /ops user <telegram user id>
ops-user-history =
    Usuario { $id }: { $finals } finales, { $credits } créditos este mes. Últimas tareas:
    { $lines }
ops-user-line = { $date } { $purpose } estado { $state } — { $credits } créditos
ops-user-none = (sin tareas)

cmd-idphoto = Crear una foto de documento (abre un chat privado)
cmd-setspec = Documento por defecto del grupo
cmd-setbg = Fondo por defecto del grupo
cmd-quota = Fotos finales por miembro y periodo
cmd-budget = Presupuesto mensual de créditos del grupo
cmd-enable = Activar el bot de fotos en este grupo
cmd-disable = Pausar el bot de fotos en este grupo
cmd-settings = Ver los ajustes de fotos del grupo
cmd-stats = Uso del grupo este mes
