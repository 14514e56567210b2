## Экраны потока в два касания (issues #19, #20): одно сообщение на экран, простые слова.

screens-photo-received = Фото получено.
screens-previewing = ⏳ Делаю бесплатное превью…
screens-preview-below = ⬇️ Бесплатное превью — ниже.
screens-finalizing = ⏳ Делаю итоговое фото и лист для печати — они придут ниже файлами.
screens-preview-caption =
    Бесплатное превью (с водяным знаком) — { $spec }
    { $size } · фон: { $background } · { $outfit } · ретушь: { $touchups }
screens-final-free = Итоговое фото и лист для печати { $paper } — бесплатно.
screens-final-stars = Итоговое фото и лист для печати: { $stars } ⭐ (Telegram Stars). Если их не удастся доставить, звёзды вернутся автоматически.
screens-finals-left = Итоговое фото и лист для печати { $paper } — бесплатно: осталось { $left } из { $count } бесплатных фото { $period ->
        [day] на сегодня
        [week] на эту неделю
       *[month] на этот месяц
    }.
screens-bg-warning = ⚠️ Для документа «{ $spec }» нужен фон: { $required }. Фото с таким фоном могут не принять.
screens-choose-background =
    Цвет фона? Для документа «{ $spec }» нужен: { $required }.
    Цвета со знаком ⚠️ для этого документа не подходят.
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = Одежда? Оставьте свою или наденьте деловой костюм.
screens-confirm-final =
    Сделать итоговое фото?
    Вы получите фото и лист для печати { $paper } файлами (без сжатия).
screens-done = Готово! Нужен другой документ с этого же фото? Снова начнём с бесплатного превью.
