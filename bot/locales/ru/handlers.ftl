## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    Бесплатное превью (с водяным знаком) — { $spec }
    { $size } · фон { $background } · { $outfit } · ретушь: { $touchups }
    Итоговое фото и лист для печати { $paper } — бесплатно.
choose-touchups-free = Ретушь (по желанию, по умолчанию выключена). Нажимайте, чтобы менять силу, затем «Продолжить».
# $paper: the print sheet's paper
confirm-final-free =
    Сделать итоговое фото? Это бесплатно.
    Вы получите фото и лист для печати { $paper } файлами (без сжатия).
btn-confirm-free = ✅ Да, сделать

## A button names a document the bot no longer has (an old menu)

spec-unknown = Этого документа больше нет в списке. Пожалуйста, выберите снова.
