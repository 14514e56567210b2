# Imaging: checking what users send, checking what PicWish returns, the printable sheet.

## What comes in

imaging-empty = Файл пустой (0 байт). Пришлите фото ещё раз.

imaging-not-an-image = Этот файл не похож на фото, которое я могу прочитать. Пришлите фото в формате JPEG, PNG, WebP, HEIC, BMP или TIFF.

imaging-corrupt = Фото повреждено или загружено не полностью, поэтому я не могу его открыть. Пришлите его ещё раз или другую копию.

imaging-animated = { $kind ->
    [video] Нужно обычное фото, а не видео. Пришлите фото своего лица.
    [video_note] Нужно обычное фото, а не видеосообщение. Пришлите фото своего лица.
    [sticker] Стикер не подойдёт для фото на документ. Пришлите фото своего лица.
   *[animation] Анимация не подойдёт для фото на документ. Пришлите обычное фото.
}

imaging-too-big-download = Файл весит { NUMBER($size_mb, maximumFractionDigits: 1) } МБ, а Telegram разрешает мне скачивать файлы только до { $limit_mb } МБ. Пришлите файл поменьше или отправьте его как фото, а не файлом.

imaging-bomb = В этом изображении слишком много пикселей, открыть его безопасно я не могу. Пришлите обычное фото с камеры или его уменьшенную копию.

imaging-too-small = Фото всего { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } пикс. — слишком мало для фото на документ. Пришлите фото, у которого короткая сторона не меньше { NUMBER($min_side, useGrouping: 0) } пикс.

imaging-low-resolution = Обратите внимание: у фото { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } пикс., а этому документу нужно { NUMBER($need_width, useGrouping: 0) }×{ NUMBER($need_height, useGrouping: 0) } пикс., поэтому результат может выйти нечётким. Для чёткого результата отправьте оригинал файлом или сделайте новое фото.

## What goes out

imaging-result-corrupt = Фотосервис вернул повреждённый файл. Попробуйте ещё раз чуть позже.

imaging-result-wrong-size = Фотосервис вернул фото { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } пикс. вместо { NUMBER($expected_width, useGrouping: 0) }×{ NUMBER($expected_height, useGrouping: 0) }, поэтому я его не отправил. Попробуйте ещё раз.

imaging-file-size-unreachable = Этому документу нужен файл не больше { $max_kb } КБ, но даже при минимально допустимом качестве ваше фото весит { $best_kb } КБ. Сильнее я сжимать не стал — оно перестало бы выглядеть как фото; возможно, придётся сжать его инструментом, который советует сайт для подачи заявления.

## The printable sheet

imaging-sheet-caption-6inch = { $copies ->
    [one] { $copies } копия
    [few] { $copies } копии
    [many] { $copies } копий
   *[other] { $copies } копии
} на фотобумаге 10×15 см (4×6″). { imaging-sheet-print-hint }
imaging-sheet-caption-5inch = { $copies ->
    [one] { $copies } копия
    [few] { $copies } копии
    [many] { $copies } копий
   *[other] { $copies } копии
} на фотобумаге 9×13 см (3,5×5″). { imaging-sheet-print-hint }
imaging-sheet-caption-a4 = { $copies ->
    [one] { $copies } копия
    [few] { $copies } копии
    [many] { $copies } копий
   *[other] { $copies } копии
} на листе A4. { imaging-sheet-print-hint }
imaging-sheet-caption-letter = { $copies ->
    [one] { $copies } копия
    [few] { $copies } копии
    [many] { $copies } копий
   *[other] { $copies } копии
} на листе US Letter. { imaging-sheet-print-hint }
imaging-sheet-print-hint = Печатайте в масштабе 100 % («реальный размер», не «по размеру страницы»), затем разрежьте по серым линиям.
