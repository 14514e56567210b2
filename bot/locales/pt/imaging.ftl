# Imaging: checking what users send, checking what PicWish returns, the printable sheet.

## What comes in

imaging-empty = Esse arquivo está vazio (0 bytes). Envie a foto de novo.

imaging-not-an-image = Esse arquivo não é uma foto que eu consiga ler. Envie uma foto em JPEG, PNG, WebP, HEIC, BMP ou TIFF.

imaging-corrupt = Essa foto parece danificada ou incompleta, por isso não consigo abri-la. Envie de novo ou envie outra cópia.

imaging-animated = { $kind ->
    [video] Preciso de uma foto parada, não de um vídeo. Envie uma foto do seu rosto.
    [video_note] Preciso de uma foto parada, não de uma mensagem de vídeo. Envie uma foto do seu rosto.
    [sticker] Stickers não servem para foto de documento. Envie uma foto do seu rosto.
   *[animation] Imagens animadas não servem para foto de documento. Envie uma foto parada.
}

imaging-too-big-download = Esse arquivo tem { NUMBER($size_mb, maximumFractionDigits: 1) } MB, e o Telegram só me deixa baixar arquivos de até { $limit_mb } MB. Envie um arquivo menor ou envie como foto em vez de arquivo.

imaging-bomb = Essa imagem tem pixels demais para eu abrir com segurança. Envie uma foto normal da câmera ou uma cópia menor.

imaging-too-small = Essa foto tem só { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, pequena demais para uma foto de documento. Envie uma foto com pelo menos { NUMBER($min_side, useGrouping: 0) } pixels no lado menor.

imaging-low-resolution = Atenção: sua foto tem { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, menos que os { NUMBER($need_width, useGrouping: 0) }×{ NUMBER($need_height, useGrouping: 0) } pixels que este documento exige, então o resultado pode ficar pouco nítido. Para um resultado nítido, envie a foto original como arquivo ou tire uma nova.

## What goes out

imaging-result-corrupt = O serviço de fotos devolveu um arquivo danificado. Tente de novo em instantes.

imaging-result-wrong-size = O serviço de fotos devolveu uma foto de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels em vez de { NUMBER($expected_width, useGrouping: 0) }×{ NUMBER($expected_height, useGrouping: 0) }, então não a enviei. Tente de novo.

imaging-file-size-unreachable = Este documento exige um arquivo de no máximo { $max_kb } KB, mas mesmo na menor qualidade aceitável sua foto tem { $best_kb } KB. Não reduzi mais porque ela deixaria de parecer uma foto; talvez você precise comprimi-la com a ferramenta recomendada pelo site da solicitação.

## The printable sheet

imaging-sheet-caption-6inch = { $copies ->
    [one] { $copies } cópia
   *[other] { $copies } cópias
} em papel fotográfico 10×15 cm (4×6 polegadas). { imaging-sheet-print-hint }
imaging-sheet-caption-5inch = { $copies ->
    [one] { $copies } cópia
   *[other] { $copies } cópias
} em papel fotográfico 9×13 cm (3,5×5 polegadas). { imaging-sheet-print-hint }
imaging-sheet-caption-a4 = { $copies ->
    [one] { $copies } cópia
   *[other] { $copies } cópias
} em papel A4. { imaging-sheet-print-hint }
imaging-sheet-caption-letter = { $copies ->
    [one] { $copies } cópia
   *[other] { $copies } cópias
} em papel US Letter. { imaging-sheet-print-hint }
imaging-sheet-print-hint = Imprima em 100% (“tamanho real”, não “ajustar à página”) e depois recorte nas linhas cinza.
