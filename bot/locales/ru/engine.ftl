# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos.

## Making the photo

engine-error = Что-то пошло не так при создании фото. Попробуйте ещё раз или пришлите другое фото.
engine-unavailable = Создание фото сейчас недоступно из-за проблемы на нашей стороне. Попробуйте позже.
engine-unsupported = Этот запрос здесь выполнить нельзя. Выберите документ ещё раз.
engine-outfits-need-picwish = Одежда доступна только с онлайн-фотосервисом, а он в этом боте не подключён. На фото останется ваша одежда.

## The face in the photo (checked before anything is charged)

engine-face-problem = Не могу использовать лицо на этом фото. Пришлите чёткое фото одного человека, который смотрит прямо в камеру.
engine-no-face = Я не нашёл лица на этом фото. Пришлите фото своего лица: взгляд прямо в камеру, хорошее освещение.
engine-several-faces = На этом фото я нашёл { $count ->
        [one] { $count } лицо
        [few] { $count } лица
        [many] { $count } лиц
       *[other] { $count } лица
    }. На фото для документа должен быть только один человек: пришлите фото, где только вы, или обрежьте остальных.
engine-face-too-small = Лицо на этом фото слишком маленькое ({ $face_px } пикс. в высоту, а нужно хотя бы { $min_px }). Подойдите ближе к камере или пришлите фото, где лицо занимает больше места.
engine-face-turned = Голова повёрнута в сторону от камеры. Смотрите прямо в камеру, подбородок ровно, и сделайте фото ещё раз.
engine-eyes-closed = Похоже, на этом фото глаза закрыты. Пришлите фото с открытыми глазами и взглядом в камеру.

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = Не получилось найти лицо на готовом фото, поэтому я не смог проверить его на соответствие требованиям.
engine-check-intro = Обратите внимание: я измерил это фото, и оно может не соответствовать требованиям для этого документа:
engine-check-head-height = Голова (от подбородка до макушки) — { $measured } мм, а нужно { $min }–{ $max } мм.
engine-check-eye-line = Глаза — на высоте { $measured } мм от нижнего края, а нужно { $min }–{ $max } мм.
engine-check-head-top = Над головой — { $measured } мм, а нужно { $min }–{ $max } мм.
engine-check-face-width = Ширина лица — { $measured } мм, а нужно { $min }–{ $max } мм.
engine-check-off-centre = Голова смещена от центра на { $offset } мм.
engine-check-tilted = Голова наклонена на { $degrees }°.
engine-check-background-uneven = Фон неоднородный (одного ровного цвета только { $percent } % фона).
engine-check-background-colour = Цвет фона (#{ $found }) не совпадает с требуемым (#{ $expected }).
