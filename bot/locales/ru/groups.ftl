## Limits: said when a final or a preview cannot be made now.
limit-daily-credits = Бот исчерпал дневной лимит итоговых фото. Попробуйте снова после { $reset }.
limit-user-finals = Вы уже сделали { $count ->
        [one] { $count } итоговое фото
        [few] { $count } итоговых фото
        [many] { $count } итоговых фото
       *[other] { $count } итоговых фото
    } { $period ->
        [day] за сегодня
        [week] за эту неделю
        [month] за этот месяц
       *[other] за период ({ $period })
    } — это лимит. Он сбросится { $reset }. Бесплатные превью по-прежнему работают.
limit-group-quota = В «{ $group }» можно сделать { $count ->
        [one] { $count } итоговое фото
        [few] { $count } итоговых фото
        [many] { $count } итоговых фото
       *[other] { $count } итоговых фото
    } на участника { $period ->
        [day] в день
        [week] в неделю
        [month] в месяц
       *[other] за период ({ $period })
    }, и вы их уже использовали. Лимит сбросится { $reset }.
limit-group-budget = Бюджет «{ $group }» на фото в этом месяце израсходован. Он обновится { $reset }; обратитесь к администраторам группы.
limit-group-disabled = Администраторы «{ $group }» приостановили фотобота в группе.
limit-previews = Уже { $count } превью за час — сделайте небольшой перерыв. Снова можно будет { $reset }.

## Groups.
group-open-private = Фото делаются в личном чате, так что ваше селфи не появится в группе. Нажмите кнопку ниже, чтобы начать.
group-open-button = 📷 Сделать фото на документ
group-disabled = Фотобот в этой группе приостановлен. Администратор может включить его командой /enable.
group-admins-only = Извините, менять настройки фото могут только администраторы группы.
group-setspec-usage = Напишите, для какого документа фото в группе, например /setspec паспорт США (или размер: /setspec 35x45mm).
group-setspec-pick = Выберите документ для группы:
group-spec-set = Готово: по умолчанию участники получат { $spec }.
group-setbg-usage = Укажите цвет HEX-кодом, например /setbg FFFFFF (или /setbg off).
group-bg-set = Готово: фон по умолчанию — { $color }.
group-bg-cleared = Готово: участники выбирают фон сами.
group-quota-usage = Пример: /quota 2 per month (итоговых фото на участника) или /quota off.
group-quota-set = Готово: каждый участник может сделать { $count ->
        [one] { $count } итоговое фото
        [few] { $count } итоговых фото
        [many] { $count } итоговых фото
       *[other] { $count } итоговых фото
    } { $period ->
        [day] в день
        [week] в неделю
        [month] в месяц
       *[other] за период ({ $period })
    }.
group-quota-cleared = Готово: лимита на участника нет.
group-budget-usage = Пример: /budget 300 per month (сколько баллов группа может потратить) или /budget off.
group-budget-set = Готово: группа может тратить { $credits ->
        [one] { $credits } балл
        [few] { $credits } балла
        [many] { $credits } баллов
       *[other] { $credits } балла
    } в месяц.
group-budget-cleared = Готово: месячного бюджета нет.
group-enabled = Фотобот в этой группе включён.
group-disabled-now = Фотобот в этой группе приостановлен.
group-settings =
    Настройки фото для «{ $group }»:
    Статус: { $status }
    Документ: { $spec }
    Фон: { $background }
    Итоговых фото на участника: { $quota }
    Бюджет на месяц: { $budget }
group-status-on = включён
group-status-off = приостановлен
group-not-set = не задано
group-quota-value = { $count } { $period ->
        [day] в день
        [week] в неделю
        [month] в месяц
       *[other] за период ({ $period })
    }
group-budget-value = использовано { $spent } из { $credits ->
        [one] { $credits } балла
        [few] { $credits } баллов
        [many] { $credits } баллов
       *[other] { $credits } балла
    }
group-stats =
    Этот месяц в «{ $group }»:
    Обслужено участников: { $users }
    Превью: { $previews }
    Итоговых фото: { $finals }
    Потрачено баллов: { $credits }

## Operators.
ops-only = Эта команда — для операторов бота.
ops-summary =
    Сегодня: превью — { $d_previews }, итоговых — { $d_finals }, баллов — { $d_credits }, сбоев — { $d_failures }, пользователей — { $d_users }.
    За месяц: превью — { $m_previews }, итоговых — { $m_finals }, баллов — { $m_credits }, сбоев — { $m_failures }, пользователей — { $m_users }.
    Топ групп за месяц:
    { $groups }
ops-no-groups = (нет)
ops-group-line = { $title } ({ $id }): итоговых — { $finals }, баллов — { $credits }
ops-user-usage = Использование: /ops user <telegram user id>
ops-user-history =
    Пользователь { $id }: итоговых — { $finals }, баллов — { $credits } за месяц. Последние задачи:
    { $lines }
ops-user-line = { $date } { $purpose } статус { $state } — баллов: { $credits }
ops-user-none = (задач нет)

cmd-idphoto = Сделать фото на документ (в личном чате)
cmd-setspec = Документ группы по умолчанию
cmd-setbg = Фон группы по умолчанию
cmd-quota = Итоговых фото на участника за период
cmd-budget = Месячный бюджет баллов группы
cmd-enable = Включить фотобота в этой группе
cmd-disable = Приостановить фотобота в этой группе
cmd-settings = Показать настройки фото группы
cmd-stats = Статистика группы за этот месяц
