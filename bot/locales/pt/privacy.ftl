## /privacy: what the bot keeps, why, for how long, who else gets the photo (bot/privacy.py).
privacy-title = Privacidade: o que este bot guarda sobre você
privacy-photos = • Sua foto e as fotos finais: criptografadas no servidor do bot e apagadas após { $hours } h; no máximo { $count } envios (e { $count } fotos finais) são guardados.
privacy-photos-unlimited = • Sua foto e as fotos finais: criptografadas no servidor do bot e apagadas após { $hours } h.
privacy-choices = • O que você escolhe ao fazer a foto (documento, fundo, opções): até terminar, usar /cancel ou ficar { $minutes } min sem atividade.
privacy-account = • Seu id de usuário do Telegram, quando você usou o bot pela primeira e pela última vez, e o idioma escolhido com /language, se houver.
privacy-ledger = • Para a contabilidade do operador: quais fotos foram feitas e quanto custaram. Ao apagar seus dados, essas linhas ficam, sem nada que aponte para você.
privacy-payments = • Pagamentos em Stars (valor, data, identificador do pagamento no Telegram): guardados para que o pagamento possa ser reembolsado e conferido, mesmo depois de /deletedata.
privacy-why = Para quê: fazer a prévia e a foto final a partir de um único envio, reenviar a final se a entrega falhar e continuar após um reinício. Nada mais.
privacy-picwish = Quem mais recebe sua foto (além do Telegram, que transporta a conversa): PicWish (picwish.com), o serviço que recorta e ajusta o tamanho nos servidores dele.
privacy-offline = Quem mais recebe sua foto (além do Telegram, que transporta a conversa): ninguém. Ela é processada no próprio servidor do bot.
privacy-delete = Apagar tudo agora: /deletedata (fotos, escolhas e seu registro de usuário).
privacy-contact = Dúvidas e pedidos: { $contact }
privacy-contact-unset = Dúvidas e pedidos: escreva ao operador deste bot.
cmd-privacy = O que é guardado e por quanto tempo
