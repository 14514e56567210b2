## Conversation: the screens a user sees, in order.

welcome =
    Привет! Я делаю фото на паспорт, визу и документы по официальным требованиям.
    Пришлите селфи: смотрите в камеру, ровный свет, однотонный фон, без очков.
    Для лучшего качества отправьте его файлом (📎 → Файл): тогда Telegram не сожмёт фото.
welcome-preselected = Выбрано: { $spec }.
ask-photo = Пришлите фото своего лица (обычным фото или файлом — так качество лучше).
photo-checking = Проверяю фото…
photo-compressed-tip = Совет: Telegram сжал это фото. Для максимальной чёткости в следующий раз отправьте его файлом.

choose-spec =
    Для какого документа нужно фото?
    Нажмите кнопку или напишите страну, документ или размер — например, «паспорт США», «Германия», «35x45mm», «2x2in».
spec-search-results = Найдено по запросу «{ $query }»:
spec-search-none = По запросу «{ $query }» ничего не найдено. Напишите страну, документ (паспорт, виза, ID-карта) или размер, например 35x45mm.
bg-white = Белый
bg-light-grey = Светло-серый
bg-blue = Синий
bg-red = Красный
bg-gradient = Градиент: синий → белый
bg-custom = Другой цвет…
ask-custom-color = Напишите цвет HEX-кодом, например 438EDB. Для градиента сверху вниз — два кода: 438EDB FFFFFF.
custom-color-invalid = «{ $text }» — это не код цвета. Нужно шесть HEX-символов, например 438EDB (или два кода для градиента).

outfit-own = Оставить свою одежду
outfit-group-man = Мужские костюмы
outfit-group-woman = Женская одежда
outfit-group-child = Детская одежда
outfit-item = { $group ->
    [man] Муж. { $number }
    [woman] Жен. { $number }
   *[child] Дет. { $number }
}
outfit-pick = Выберите одежду:

touchup-bright = Осветление: { $level }
touchup-smooth = Сглаживание кожи: { $level }
touchup-thin_face = Сужение лица: { $level }
touchup-sharp = Резкость: { $level }
touchup-level = { $level ->
    [0] выкл.
    [1] слабо
    [2] средне
   *[3] сильно
}

choose-paper = Лист для печати: размер и ориентация бумаги, цвет листа и, по желанию, подпись или QR-код.
paper-6inch = 6″ (4×6″, 10×15 см)
paper-5inch = 5″ (3,5×5″)
paper-a4 = A4
paper-letter = US Letter
paper-horizontal = Альбомная
paper-vertical = Книжная
paper-current = ✓ { $label }
sheet-canvas-ffffff = Белый лист
sheet-canvas-eeeeee = Светло-серый лист
sheet-canvas-ddeeff = Светло-голубой лист
btn-sheet-label = 🏷 Добавить подпись
btn-sheet-label-set = 🏷 Подпись: { $text }
btn-sheet-qr = 🔳 Добавить QR-код
btn-sheet-qr-set = 🔳 QR-код ✓
ask-sheet-label = Напишите подпись, которая будет напечатана рядом с фото (имя, класс…): до 2 строк по 40 символов.
ask-sheet-qr = Напишите, что должен содержать QR-код на листе: ссылку или короткий текст (до 300 символов).
btn-sheet-label-none = Без подписи
btn-sheet-qr-none = Без QR-кода
sheet-label-invalid = Подпись не помещается: не больше 2 строк по { $chars } символов.
sheet-qr-invalid = Это не помещается в QR-код: от 1 до { $chars } символов.

outfit-none = своя одежда
touchups-none = нет

btn-change-spec = 📄 Документ
btn-change-background = 🎨 Фон
btn-change-outfit = 👔 Одежда
btn-change-touchups = ✨ Ретушь
btn-change-paper = 🖨 Бумага
btn-final = ✅ Получить итоговое фото
btn-new-photo = 📷 Новое фото
btn-retry-preview = 🔁 Повторить превью
btn-back = ← Назад
btn-continue = Продолжить →
btn-another-size = 📐 Другой размер с этого фото
btn-more = Ещё →
btn-prev = ← Предыдущие

final-already-running = Итоговое фото уже готовится — сейчас пришлю.
preview-already-running = Превью ещё готовится — подождите секунду.
final-photo-caption = { $spec } · { $size }
final-failed = { $reason } С вас ничего не списано; нажмите «Получить итоговое фото», чтобы попробовать ещё раз.
final-interrupted = Бот перезапустился, пока делал итоговое фото. Нажмите «Получить итоговое фото», чтобы попробовать ещё раз.

## General.
help =
    Я превращаю селфи в фото на паспорт, визу или документ и готовлю лист для печати.
    1. Пришлите фото лица. 2. Выберите документ. 3. Выберите фон и одежду.
    4. Проверьте бесплатное превью. 5. Получите итоговое фото и лист файлами.
    Команды: /start — начать, /new — заново с новым фото, /cancel — остановить, /deletedata — удалить ваши данные, /help — эта справка.
cancelled = Отменено. Отправьте /start, когда понадобится фото.
nothing-to-cancel = Отменять нечего. Отправьте /start, чтобы сделать фото.
menu-expired = Это меню устарело. Отправьте /start, чтобы начать заново.
menu-not-yours = Это меню не ваше — отправьте /idphoto, чтобы получить своё.
tap-a-button = Пожалуйста, нажмите одну из кнопок выше (или /cancel, чтобы остановить).
send-a-photo = Пришлите фото своего лица — обычным фото или файлом.
unsupported-message = С таким сообщением я не умею работать. Пришлите фото своего лица — обычным фото или файлом.
session-timed-out = Сессия завершилась после долгой паузы, а ваше фото удалено. Отправьте /start, чтобы начать заново.
error-generic = Извините, у меня что-то пошло не так. Попробуйте через минуту или отправьте /start, чтобы начать заново.
data-deleted = Готово: ваши фото, сессии и личные данные удалены. Остались только анонимные счётчики использования.
## Command menu descriptions.
cmd-start = Сделать фото на паспорт, визу или документ
cmd-new = Начать заново с новым фото
cmd-cancel = Отменить текущее фото
cmd-help = Как это работает
cmd-deletedata = Удалить мои фото и данные
photo-expired = Вашего фото у меня уже нет (ради приватности оно удаляется через некоторое время). Пришлите его ещё раз.

## Language.
choose-language = Выберите язык:
language-set = Язык: { $language }.
cmd-language = Сменить язык
