# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = यह लेबल कागज़ पर कुछ नहीं छापेगा: कुछ अक्षर या अंक लिखें।
sheet-qr-too-dense = यह QR कोड इतना छोटा छपेगा कि फ़ोन उसे स्कैन नहीं कर पाएगा। लगभग { $chars } अक्षरों तक रखें — छोटा लिंक सबसे अच्छा है।
