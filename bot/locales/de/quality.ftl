quality-all-passed = ✅ Alle Fotoprüfungen bestanden.
quality-more = …und { $count ->
    [one] ein weiteres Problem
   *[other] { $count } weitere Probleme
}
quality-upload-intro = Dieses Foto wird wahrscheinlich abgelehnt:
quality-upload-choice = Du kannst ein anderes Foto senden oder mit diesem weitermachen.
quality-pose-yaw = Dein Kopf ist um { $degrees }° zur Seite gedreht: schau frontal in die Kamera.
quality-pose-pitch = Dein Kinn ist um { $degrees }° nach oben oder unten geneigt: halte den Kopf gerade.
quality-pose-roll = Dein Kopf ist um { $degrees }° geneigt: er wird begradigt, aber aufrecht gehalten wird das Ergebnis am besten.
quality-eyes-open = Deine Augen wirken geschlossen oder halb geschlossen: halte beide Augen weit offen.
quality-gaze = Du scheinst zur Seite zu schauen: schau direkt in die Kamera.
quality-mouth-open = Dein Mund ist offen: schließe ihn.
quality-expression = Dieses Dokument verlangt einen neutralen Gesichtsausdruck: kein Lächeln, Mund geschlossen.
quality-glasses = Du scheinst eine Brille zu tragen: achte darauf, dass nichts spiegelt und der Rahmen die Augen nicht verdeckt, oder nimm sie ab.
quality-glasses-forbidden = Nimm die Brille ab: dieses Dokument erlaubt keine Brille.
quality-lighting-exposure-low = Dein Gesicht ist zu dunkel: stell dich mit dem Gesicht zu einem Fenster oder einer Lampe.
quality-lighting-exposure-high = Dein Gesicht ist zu hell: vermeide direkte Sonne oder Blitz.
quality-lighting-clipped = Teile deines Gesichts sind überbelichtet: vermeide direkte Sonne oder Blitz.
quality-lighting-uneven = Eine Gesichtshälfte liegt im Schatten: dreh dich zum Licht, damit beide Seiten gleich hell sind.
quality-colour-cast-low = Die Farben wirken zu blau: fotografiere bei Tageslicht, nicht unter farbigem Licht.
quality-colour-cast-high = Die Farben wirken zu grün: fotografiere bei Tageslicht, nicht unter farbigem Licht.
quality-colour-none = Das Foto wirkt schwarz-weiß: Passfotos müssen farbig sein.
quality-sharpness = Das Foto ist unscharf: halte die Kamera ruhig, stell auf dein Gesicht scharf und reinige die Linse.
quality-compression = Das Foto ist stark komprimiert (Klötzchen sichtbar): sende das Originalfoto als Datei.
quality-resolution = Das Foto hat zu wenige Pixel für ein scharfes Ergebnis: geh näher heran oder nutze die Hauptkamera.
quality-leftovers = Um Kopf oder Schultern können Reste des alten Hintergrunds bleiben ({ $percent } %): eine glatte Wand hinter dir ergibt ein sauberes Ergebnis.
