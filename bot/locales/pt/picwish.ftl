# PicWish (ID photo service) errors, shown to the user.

picwish-error = Algo deu errado ao fazer sua foto. Tente de novo em um minuto.
picwish-bad-setting = A configuração “{ $field }” não é válida (permitido: { $allowed }). Escolha outro valor.
picwish-no-image = Primeiro me envie uma foto.
picwish-image-too-large = Esta foto tem { $size_mb } MB; o limite é { $limit_mb } MB. Envie uma foto menor ou envie comprimida (como foto, não como arquivo).
picwish-image-too-many-pixels = Esta foto tem { $width }×{ $height } pixels; o limite é { $limit }×{ $limit }. Envie uma foto menor.
picwish-image-unsupported = Não consigo usar esse tipo de arquivo. Envie uma foto em JPG, PNG, WEBP, BMP ou TIFF.
picwish-invalid-image = Não consegui ler isso como foto. Envie uma foto nítida com um só rosto, olhando para a câmera.
picwish-task-failed = O serviço de fotos não conseguiu processar esta foto (código { $state }). Tente outra: uma pessoa só, de frente para a câmera, com luz uniforme. Nada foi cobrado.
picwish-timeout = O serviço de fotos está demorando demais agora. Tente de novo em um minuto. Nada foi cobrado.
picwish-outcome-unknown = Perdi o contato com o serviço de fotos enquanto ele processava sua foto. Espere um minuto antes de tentar de novo.
picwish-busy = O serviço de fotos está ocupado agora. Tente de novo em um minuto.
picwish-unreachable = Não consigo acessar o serviço de fotos agora. Tente de novo em alguns minutos.
picwish-unavailable = O serviço de fotos está indisponível no momento por um problema do nosso lado. Tente mais tarde.
picwish-rejected = O serviço de fotos não aceitou este pedido. Tente outra foto ou outras configurações.
picwish-last-id-expired = O serviço de fotos não guarda mais sua foto anterior. Envie de novo.
picwish-download-failed = Sua foto ficou pronta, mas não consegui baixá-la a tempo. Tente de novo.
