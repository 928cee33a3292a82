# Messages of LLM Sizes (he), Project Fluent syntax: https://projectfluent.org/fluent/guide/
# Ids are the dotted keys of the Python API with each '.' written '--'. Keep every { $variable } of
# the English message; write whole sentences, with a select ({ $count -> … }) where the words change.

## language

language--name = עברית
language--dir = rtl

## site

site--name = גודלי מודלי שפה
site--description =
    { $basis ->
        [live] כמה גדולים באמת מודלי השפה הגדולים – בפרמטרים, בגודל ההורדה ובזיכרון – לפי נתונים שנקראו מ־Hugging Face Hub.
        [mixed] כמה גדולים באמת מודלי השפה הגדולים – בפרמטרים, בגודל ההורדה ובזיכרון – לפי נתונים מ־Hugging Face Hub ועובדות מתועדות.
       *[reconstructed] כמה גדולים באמת מודלי השפה הגדולים – בפרמטרים, בגודל ההורדה ובזיכרון – לפי עובדות מתועדות על כל מודל, כל אחת עם מקור.
    }






## figure

figure--unknown = לא ידוע
figure--undisclosed = לא פורסם
figure--approx = ≈ { $value }
# ls:speed: a model's estimated decode speed on a device, the model page's figure and range; $speed selects the form (a decimal such as 4.7 takes the default)
figure--speed =
    { $speed ->
        [one] בערך טוקן אחד בשנייה (כנראה בין { $low } ל־{ $high })
        [two] בערך שני טוקנים בשנייה (כנראה בין { $low } ל־{ $high })
       *[other] בערך { $speed } טוקנים בשנייה (כנראה בין { $low } ל־{ $high })
    }

## units

units--kB = kB
units--MB = MB
units--GB = GB
units--GiB = GiB
units--TB = TB

## table

table--caption_models =
    { $count ->
        [one] מודל אחד.
        [two] שני מודלים, מהקטן לגדול.
       *[other] { $count } מודלים, מהקטן לגדול.
    }
table--model = מודל
table--params = פרמטרים
table--size_class = קטגוריית גודל
table--dtype = פורמט אחסון
table--weights = הורדה (משקלי ברירת המחדל)
table--memory_fp16 = זיכרון ב־fp16
table--memory_int4 = זיכרון ב־int4
table--basis = מקור הנתון
table--stale = לא עדכני
table--estimated_note = הערכה לפי מספר הפרמטרים, לא מדידה של הקבצים עצמם
table--caption_size_classes = קטגוריות הגודל, וכמה מהמודלים שבמעקב נופלים בכל אחת מהן.
table--caption_precision = { $model }: הזיכרון הדרוש למשקלים בלבד, בכל רמת דיוק.
table--range = טווח פרמטרים
table--range_below = 0 – { $high }
table--range_from = { $low } – ∞
table--count = מודלים
table--examples = דוגמאות
table--precision = דיוק
table--bytes_per_param = בייטים לפרמטר
table--memory = זיכרון למשקלים

## basis

basis--hub-safetensors = נתוני ה־Hub (safetensors)
basis--hub-gguf = נתוני ה־Hub (GGUF)
basis--file-sizes = גודלי קבצים
basis--config-count = חושב מקובץ התצורה
basis--config-estimate = הערכה לפי קובץ התצורה
basis--published = נתון שפורסם
basis--reconstructed = שוחזר ממקורות ציבוריים
basis--third-party = נתון של צד שלישי

## size_class

size_class--under-1b = מתחת ל־1B
size_class--1b = 1–2B
size_class--2b-4b = 2–5B
size_class--7b-9b = 5–10B
size_class--10b-20b = 10–20B
size_class--20b-40b = 20–40B
size_class--40b-100b = 40–100B
size_class--100b-300b = 100–300B
size_class--300b-1t = 300B–1T
size_class--1t-plus = ‏1T ומעלה

## notice

notice--fallback = העמוד הזה עדיין לא תורגם ל{ $language }, ולכן מוצג כאן המקור באנגלית.
notice--outdated = המקור האנגלי של העמוד השתנה מאז שתורגם. <a href="{ $url }">לגרסה האנגלית העדכנית</a>.
notice--data_as_of =
    { $basis ->
        [live] הנתונים בעמוד זה נקראו מ־Hugging Face Hub; הקריאה האחרונה ב־{ $live_date }.
        [mixed] { $live ->
            [one] הנתונים של מודל אחד בעמוד זה נקראו מ־Hugging Face Hub ב־{ $live_date }; הנתונים של השאר שוחזרו מעובדות מתועדות שנאספו ב־{ $reconstructed_date }.
            [two] הנתונים של שני מודלים בעמוד זה נקראו מ־Hugging Face Hub, האחרון ב־{ $live_date }; הנתונים של השאר שוחזרו מעובדות מתועדות שנאספו ב־{ $reconstructed_date }.
           *[other] הנתונים של { $live } מודלים בעמוד זה נקראו מ־Hugging Face Hub, האחרון ב־{ $live_date }; הנתונים של השאר שוחזרו מעובדות מתועדות שנאספו ב־{ $reconstructed_date }.
        }
       *[reconstructed] הנתונים בעמוד זה שוחזרו מעובדות מתועדות שנאספו ב־{ $reconstructed_date }; אף אחד מהם עוד לא נקרא ישירות מ־Hugging Face Hub.
    }{ $published ->
        [0] {""}
       *[other] {" "}למודל שאינו ב־Hub מוצג הגודל שפרסמו יוצריו, או "לא פורסם" אם לא פרסמו גודל.
    }





notice--stale_models =
    { $count ->
        [one] לא ניתן היה לרענן מודל אחד, ולכן מוצגים עבורו הנתונים התקינים האחרונים (מסומנים כלא עדכניים).
        [two] לא ניתן היה לרענן שני מודלים, ולכן מוצגים עבורם הנתונים התקינים האחרונים (מסומנים כלא עדכניים).
       *[other] לא ניתן היה לרענן { $count } מודלים, ולכן מוצגים עבורם הנתונים התקינים האחרונים (מסומנים כלא עדכניים).
    }
notice--freshness_more = איך הנתונים מתעדכנים: ראו את הסעיף "<a href="{ $url }">עדכניות</a>" בעמוד "על הנתונים".

## glossary

glossary--parameter = פרמטר
glossary--parameter_count = מספר הפרמטרים
glossary--size_class = קטגוריית גודל
    .avoid = קטגוריית משקל
glossary--download_size = גודל הורדה
glossary--weights = משקלים
    .avoid = משקולות
glossary--quantization = קוונטיזציה
    .avoid = קוונטיזאציה | כימות
glossary--precision = דיוק
glossary--pruning = גיזום
    .avoid = קיצוץ
glossary--distillation = זיקוק ידע
    .avoid = זיקוק הידע
glossary--lora = LoRA (התאמה בדרגה נמוכה)
glossary--parameter_sharing = שיתוף פרמטרים
glossary--mixture_of_experts = תערובת מומחים (MoE)
glossary--active_parameters = פרמטרים פעילים
glossary--kv_cache = מטמון KV
glossary--context_window = חלון הקשר
glossary--inference = הסקה
glossary--on_device = על המכשיר
glossary--model_card = כרטיס מודל
glossary--token = טוקן
    .avoid = אסימון | אסימונים
glossary--base_model = בסיס (אימון מקדים בלבד)
glossary--instruct_model = הוראות או צ'אט (instruct)
    .avoid = צ'אט או הוראות
glossary--reasoning_model = חשיבה (reasoning)
glossary--embedding_model = הטמעות (embedding)
    .avoid = הטמעה (embedding)
glossary--unified_memory = זיכרון מאוחד
    .avoid = זיכרון משותף
glossary--model_id = שם או מזהה של מודל
glossary--offloading = העברה לזיכרון המערכת

## translations

translations--caption = מצב התרגום. במקור האנגלי יש { $pages } עמודים ו־{ $keys } מחרוזות ממשק.
translations--language = שפה
translations--pages_current = עמודים מעודכנים
translations--pages_outdated = עמודים לעדכון
translations--pages_missing = עמודים שעוד לא תורגמו
translations--ui_strings = מחרוזות ממשק מתורגמות
translations--ui_value = { $done } מתוך { $total }
translations--not_published = עדיין לא בתפריט השפות

## chart: Charts (pipeline/chart_specs.py, pipeline/charts.py): titles, axes, legends, tooltips, captions.

chart--fit--title = מודלים נבחרים בכל מכשיר (משקלי 4 ביט, 4,096 טוקנים, או מגבלת המודל אם קצרה יותר)
chart--fit--summary =
    במכשיר הקטן ביותר – { $small } – { $small_count ->
        [0] לא נכנס אף אחד מתוך { $total } המודלים הנבחרים
        [one] נכנס מודל אחד מתוך { $total } המודלים הנבחרים
        [two] נכנסים שני מודלים מתוך { $total } המודלים הנבחרים
       *[other] נכנסים { $small_count } מתוך { $total } המודלים הנבחרים
    }, ובגדול ביותר – { $large } – { $large_count ->
        [0] אף לא אחד
        [one] נכנס אחד
        [two] נכנסים שניים
       *[other] נכנסים { $large_count }
    }. החישוב הוא עם משקלים של 4 ביט והקשר של 4,096 טוקנים (או מגבלת המודל אם היא קצרה יותר); בלשונית הדפדפן נספרת רק גרסה לדפדפן שנרשמה.





chart--show_numbers = הצגת המספרים שמאחורי התרשים
chart--scale--title = מספר הפרמטרים של כל מודל במעקב
chart--scale--axis_params = פרמטרים (סולם לוגריתמי, כל קו רשת ×10)
chart--scale--legend = קטגוריית גודל
chart--scale--tooltip = { $name } ({ $id }): { $params } פרמטרים, קטגוריית גודל { $size_class }
chart--scale--undisclosed = הגודל לא פורסם, לא מוצג
chart--scale--unknown = אין עדיין נתונים, לא מוצג
chart--scale--summary = { $count } מודלים שגודלם ידוע, על ציר לוגריתמי שבו כל קו רשת גדול פי עשרה מקודמו: מ־{ $smallest_name } עם { $smallest } פרמטרים ועד { $largest_name } עם { $largest }.
chart--scale--summary_missing =
    { $case ->
        [both] { $total ->
            [two] שני מודלים מבין המודלים באתר אינם מוצגים בתרשים:
           *[other] { $total } מודלים מבין המודלים באתר אינם מוצגים בתרשים:
        } { $undisclosed ->
            [one] לאחד מהם היוצרים לא פרסמו גודל,
            [two] לשניים מהם היוצרים לא פרסמו גודל,
           *[other] ל־{ $undisclosed } מהם היוצרים לא פרסמו גודל,
        } { $unknown ->
            [one] ולאחד מספר הפרמטרים עוד לא ידוע.
            [two] ולשניים מספר הפרמטרים עוד לא ידוע.
           *[other] ול־{ $unknown } מספר הפרמטרים עוד לא ידוע.
        }
        [undisclosed] { $undisclosed ->
            [one] מודל אחד מבין המודלים באתר אינו מוצג בתרשים, כי יוצריו לא פרסמו את גודלו.
            [two] שני מודלים מבין המודלים באתר אינם מוצגים בתרשים, כי יוצריהם לא פרסמו את גודלם.
           *[other] { $undisclosed } מודלים מבין המודלים באתר אינם מוצגים בתרשים, כי יוצריהם לא פרסמו את גודלם.
        }
       *[unknown] { $unknown ->
            [one] מודל אחד מבין המודלים באתר אינו מוצג בתרשים, כי מספר הפרמטרים שלו עוד לא ידוע.
            [two] שני מודלים מבין המודלים באתר אינם מוצגים בתרשים, כי מספר הפרמטרים שלהם עוד לא ידוע.
           *[other] { $unknown } מודלים מבין המודלים באתר אינם מוצגים בתרשים, כי מספר הפרמטרים שלהם עוד לא ידוע.
        }
    }
chart--scale--histogram_title = המודלים במעקב על סולם הפרמטרים
chart--classes--title = כמה מודלים יש בכל קטגוריית גודל
chart--classes--bar_label = { $count } · { $examples }
chart--classes--axis_class = קטגוריית גודל
chart--classes--axis_count = מספר המודלים
chart--classes--tooltip =
    { $count ->
        [one] { $size_class }: מודל אחד, { $examples }
        [two] { $size_class }: שני מודלים, { $examples }
       *[other] { $size_class }: { $count } מודלים, למשל { $examples }
    }
chart--classes--summary = { $total } מודלים שגודלם ידוע, ממוינים לקטגוריות גודל; הקטגוריה הצפופה ביותר היא { $size_class }, עם { $count } מודלים. ליד כל פס מופיעים שמות של מודלים לדוגמה.
chart--memory--title = הזיכרון הדרוש למשקלים בכל רמת דיוק
chart--memory--axis_bytes = זיכרון למשקלים (סולם לוגריתמי)
chart--memory--legend = דיוק
chart--memory--tooltip = { $name } ב־{ $precision }: { $size }
chart--memory--device = { $device }: { $usable } זמינים
chart--memory--summary = { $count } מודלים נבחרים, משקלים בלבד. כל ירידה של דרגה בדיוק מקטינה את הזיכרון בחצי: { $name } צריך { $fp32 } ב־fp32, { $fp16 } ב־fp16, { $int8 } ב־int8 ו־{ $int4 } ב־int4, לפי 4, 2, 1 ו־0.5 בייטים בדיוק לכל פרמטר (קובץ אמיתי אחרי קוונטיזציה גדול יותר, לפעמים ברבע ויותר). הקווים המקווקווים מסמנים כמה זיכרון שלושה מכשירים נפוצים משאירים למודל.
chart--downloads--title = פרמטרים וגודל הורדה, לפי פורמט קובץ
chart--downloads--axis_params = פרמטרים (סולם לוגריתמי)
chart--downloads--axis_bytes = גודל הורדה (סולם לוגריתמי)
chart--downloads--legend = פורמט קובץ
chart--downloads--guide = { $precision }
chart--downloads--tooltip = { $name }, { $format } { $variant }: { $size } עבור { $params } פרמטרים
chart--downloads--format_safetensors = safetensors
chart--downloads--format_pytorch = PyTorch (.bin)
chart--downloads--format_gguf = GGUF
chart--downloads--format_onnx = ONNX
chart--downloads--format_tflite = TensorFlow Lite
chart--downloads--format_mediapipe = MediaPipe
chart--downloads--format_other = אחר
chart--downloads--variant_default = ברירת מחדל
chart--downloads--variant_consolidated = מאוחד
chart--downloads--format_estimate = משקלי ברירת המחדל (הערכה)
chart--downloads--summary = כל נקודה מלאה היא קובץ משקלים שאפשר להוריד: { $files } קבצים של { $models } מודלים; עיגולים חלולים הם משקלי ברירת מחדל שגודלם הוערך לפי מספר הפרמטרים ({ $estimated } מודלים). נקודה שיושבת על קו מקווקו שומרת בדיוק את מספר הבייטים הזה לכל פרמטר (fp32: 4, fp16: 2, int8: 1, int4: 0.5), ולכן קבצים שעברו קוונטיזציה נמצאים מתחת לקו של fp16. נקודות באותו גודל חופפות ונראות כנקודה אחת.
chart--classes--tooltip_count =
    { $count ->
        [one] { $size_class }: מודל אחד
        [two] { $size_class }: שני מודלים
       *[other] { $size_class }: { $count } מודלים
    }






## data_table: Tables added for the charts, and the download links under the model table (pipeline/tables.py).

data_table--download = להורדת הטבלה המלאה עם המספרים המדויקים:
data_table--caption_params =
    { $count ->
        [one] מודל אחד לפי מספר הפרמטרים.
        [two] שני מודלים לפי מספר הפרמטרים, מהקטן לגדול.
       *[other] { $count } מודלים לפי מספר הפרמטרים, מהקטן לגדול.
    }
data_table--caption_memory = הזיכרון הדרוש למשקלים בלבד בכל רמת דיוק, עבור המודלים הנבחרים. לחיצה על כותרת של עמודה ממיינת לפיה.
data_table--caption_downloads = { $count } קובצי משקלים להורדה והערכות, לפי מודל ופורמט. לחיצה על כותרת של עמודה ממיינת לפיה.
data_table--format = פורמט
data_table--file = קובץ או דיוק
data_table--bytes = גודל הורדה
data_table--bytes_per_param = בייטים לפרמטר

## notfound

notfound--title = העמוד לא נמצא
notfound--text = אין עמוד בכתובת הזאת. ייתכן שהוא הועבר, או שיש בקישור שגיאת הקלדה.
notfound--home = מעבר לעמוד הבית

## palette

palette--to_dark = מעבר למצב כהה
palette--to_light = מעבר למצב בהיר

## explorer: The models explorer (models page) and the generated per-model pages.

explorer--packed_unknown_bits = משקלים ארוזים, רוחב הביטים לא צוין: ה־Hub סופר מספרים ארוזים, לא משקלים
explorer--search_label = חיפוש מודלים
explorer--search_placeholder = שם או מזהה
explorer--filter_band = קטגוריית גודל
explorer--filter_family = משפחה
explorer--filter_format = פורמט
explorer--filter_gated = גישה
explorer--filter_device = נכנס למכשיר
explorer--any = הכול
explorer--gated_open = פתוחה
explorer--gated_gated = מוגבלת (יש לאשר תנאי שימוש)
explorer--reset = ניקוי המסננים
explorer--caption = המודלים שהאתר עוקב אחריהם.
explorer--formats = פורמטים
explorer--first_view =
    { $order ->
        [downloads] בטבלה מוצגים { $shown } הראשונים מתוך { $total } המודלים שבמעקב: קודם המודלים שהאתר מבליט, ואחריהם אלה שהורדו הכי הרבה.
       *[size] בטבלה מוצגים { $shown } הראשונים מתוך { $total } המודלים שבמעקב: קודם המודלים שהאתר מבליט, ואחריהם כל השאר, מהקטן לגדול.
    }
explorer--no_script = בלי JavaScript אי אפשר לחפש, לסנן או למיין את הטבלה, והיא מציגה רק את השורות האלה; בקובצי ה־CSV וה־JSON שמתחתיה יש את כל המודלים.
explorer--matching =
    { $count ->
        [one] מודל אחד מתוך { $total } מתאים.
        [two] שני מודלים מתוך { $total } מתאימים.
       *[other] { $count } מודלים מתוך { $total } מתאימים.
    }





explorer--show_all = הצגת כל { $total } המודלים
explorer--show_more = להציג עוד
explorer--no_match = אין מודל שמתאים למסננים האלה.
explorer--sort_hint = לחיצה ממיינת
explorer--downloads = כל המודלים כקובץ:
explorer--back = → כל המודלים
explorer--exact = מדויק: { $count }
explorer--downloads_heading = הורדות לפי פורמט
explorer--no_downloads =
    { $estimated ->
        [yes] עדיין לא נרשם באתר קובץ של המודל הזה; גודל ההורדה שלמעלה הוא הערכה.
       *[no] עדיין לא נרשמו באתר קבצים של המודל הזה בפורמטים נוספים.
    }
explorer--memory_note = גודל של קובץ אמיתי כשהאתר רשם כזה; אחרת הערכה (≈): 2 בייטים לפרמטר ב־fp16, וקובץ GGUF מסוג Q8_0 או Q4_K_M ב־int8 וב־int4. ב־int8 וב־int4 התוצאות שלמטה מתבססות על קובץ ה־GGUF, אמיתי או מוערך, כי זה הקובץ ש־llama.cpp מריץ; קובץ LiteRT או MediaPipe שמופיע בטבלה הזו נבדק רק בשורה של לשונית הדפדפן.
explorer--instruct_variant = מגרסת ה־Instruct, אותו מספר פרמטרים
explorer--no_count = אין בנתונים מספר פרמטרים
explorer--weights_unknown = בנתונים לא מופיעים גודל הקבצים ולא פורמט המספרים של משקלי ברירת המחדל, ולכן הגודל הזה לא מוערך. הגודל ב־16 ביט מופיע בעמודה "זיכרון ב־fp16".
explorer--mlx_build = גרסת MLX
explorer--mlx_bits = { $bits } ביט
explorer--fit_heading = האם זה ירוץ?
explorer--device = מכשיר
explorer--usable = זיכרון זמין
explorer--verdict = תוצאה
explorer--verdict_fits = נכנס
explorer--verdict_tight = על הגבול
explorer--verdict_no = לא נכנס
explorer--verdict_unknown = לא ידוע
explorer--fit_note = המינימום שהמודל צריך, בפורמט הקטן ביותר שלו ובהקשר הקצר ביותר: { $size }.
explorer--fit_unavailable = עדיין אין נתוני התאמה למכשירים עבור המודל הזה.
explorer--sources_heading = מאיפה המספרים
explorer--hub_link = פתיחה ב־Hugging Face Hub
explorer--source_link = לפתוח את המקור
explorer--fetched = נכון ל־{ $date }
explorer--license = רישיון: { $license }
explorer--license_other = רישיון: תנאים ייחודיים למודל (ראו את כרטיס המודל)
explorer--license_named = רישיון: { $name } (תנאים ייחודיים למודל הזה, ולא רישיון סטנדרטי שיש לו תג ב־Hub)
explorer--license_unknown = רישיון: לא תועד
explorer--access_open = פתוח להורדה
explorer--access_gated = גישה מוגבלת: יש לאשר את הרישיון ב־Hub לפני ההורדה
explorer--access_manual = גישה מוגבלת: יש לבקש גישה ב־Hub, ובעלי המאגר מאשרים כל בקשה
explorer--access_unknown = אופן הגישה לא תועד
explorer--terms_unknown = הרישיון ואופן הגישה לא תועדו
explorer--scale_title = מודלים נבחרים
explorer--filter_tag = סוג
explorer--fetched_revision = נכון ל־{ $date }, גרסה { $revision }
explorer--tag_code = קוד
explorer--tag_encoder = מקודד (סיווג, השלמת מילים)
explorer--filter_min = פרמטרים, לפחות
explorer--filter_max = פרמטרים, לכל היותר
explorer--min_placeholder = 1B
explorer--max_placeholder = 70B
explorer--fit_legend = נכנס לזיכרון
explorer--filter_memory = או הזיכרון שלכם
explorer--memory_placeholder = 8 GB
explorer--fit_precision = משקלים
explorer--fit_context = הקשר (טוקנים)
explorer--fit_assumes = מה נספר: משקלים ב־{ $precision } + מטמון KV של { $context } טוקנים (16 ביט) + החוצצים של סביבת ההרצה שטוענת אותם (llama.cpp ל־int8 ול־int4, שרת בסגנון vLLM ל־fp16), בתוך הזיכרון השמיש של המכשיר, או כל הזיכרון שהקלדתם. מודל שמגבלת ההקשר שלו קצרה מזה אינו נכלל.
explorer--bad_size = "{ $text }" אינו מספר פרמטרים. הקלידו מספר עם B‏, M או T, למשל 7B‏, 1.5B או 500M.
explorer--bad_memory = "{ $text }" אינו כמות זיכרון. הקלידו מספר ג'יגה־בייטים, למשל 8‏, 8 GB או 8 GiB.




explorer--all_listed = בטבלה כל { $total } המודלים שבמעקב.




explorer--first_listed = בטבלה מוצגים { $shown } הראשונים מתוך { $total } המודלים שבמעקב.




explorer--matching_partial = { $count } מודלים מתוך { $total } מתאימים; בטבלה מוצגים { $shown } הראשונים.









## fit: "Will it run?" (pipeline/site/fit_view.py, fit_tables.py, docs/assets/js/fit-calculator.js)

fit--verdict--fits = נכנס
fit--verdict--tight = על הגבול
fit--verdict--no = לא נכנס
fit--verdict--too-long = ארוך מההקשר של המודל
fit--verdict--unknown = לא ידוע
fit--verdict_legend = תוצאה
fit--kind--browser = לשונית דפדפן (WebGPU), { $size }
fit--kind--phone = טלפון, { $size }
fit--kind--laptop = מחשב נייד עם Apple silicon, { $size }
fit--kind--gpu = כרטיס מסך לגיימינג, { $size }
fit--kind--datacenter_gpu = GPU למרכז נתונים, { $size }
fit--kind--mini_pc = מחשב מיני, { $size } זיכרון מאוחד
fit--device = מכשיר
fit--memory = זיכרון
fit--usable_share = החלק הזמין
fit--usable = זיכרון זמין
fit--basis = למה החלק הזה (מקור)
fit--source = מפרט
fit--source_link = עמוד היצרן
# the capacity printed on the box when it differs from the GiB the device name gives (data/devices.yaml memory_reported)
fit--sold_as = נמכר כ־"{ $label }"
fit--none = אין בנתונים מודל מתאים
fit--largest_int4 = המודל הגדול ביותר שנכנס (4 ביט)
fit--column_file = קובץ ה־{ $format } של המאגר עצמו, ב־{ $runtime }
fit--web_build = גרסה לדפדפן
fit--no_web_build = אין באתר גרסה לדפדפן
fit--needs_web_build = (צריך קודם גרסה לדפדפן)
fit--largest_file = הקובץ הבודד הגדול ביותר
fit--needed = זיכרון נדרש
fit--tab_budget = בלשונית
fit--caption_devices = המכשירים, הזיכרון שכל אחד מדווח עליו והחלק ממנו שמודל יכול לקבל. בשמות הזיכרון מופיע ב־GiB, היחידה הבינארית שבה מכשירים מדווחים (8 GiB = 8.59 GB); כל שאר המספרים ב־GB עשרוניים, כמו בכל האתר.
fit--caption_largest = המודל הגדול ביותר מבין אלה שבמעקב שנכנס לכל מכשיר, עם משקלים של 16, 8 ו־4 ביט, בהקשר של { $context } טוקנים ומטמון KV של 16 ביט (משקלים של 8 ו־4 ביט כקובצי GGUF ב־llama.cpp; משקלים של 16 ביט נספרים כמו בשרת בסגנון vLLM בכל מכשיר, גם בטלפונים ובמחשבי Mac, שבהם vLLM לא רץ: זו נקודת השוואה, לא המלצה). מודלים שלא נרשמה להם מגבלת הקשר לא נספרים כאן. השמות ב־GiB, המספרים ב־GB עשרוניים.
fit--caption_ladder = המודל הגדול ביותר מבין אלה שבמעקב שנכנס לכל מכשיר, עם משקלים של 4 ביט (GGUF ב־llama.cpp), בהקשר של { $context } טוקנים ומטמון KV של 16 ביט. מודלים שלא נרשמה להם מגבלת הקשר לא נספרים כאן. השמות ב־GiB, המספרים ב־GB עשרוניים (4 GiB = 4.29 GB).
fit--caption_browser_row = השורה של לשונית הדפדפן סופרת רק מודלים שיש להם גרסה לדפדפן, והם נשפטים כמו בטבלת הדפדפן: לפי הזיכרון של הגרסה עצמה, או לפי חסם עליון כשהגודל שלה לא נרשם.
fit--caption_browser = מודלים שיכולים לרוץ בלשונית דפדפן: גרסה לדפדפן, הקובץ הבודד הגדול ביותר והזיכרון הנדרש ב־{ $context } טוקנים.
fit--caption_matrix = התוצאה לכל מודל נבחר בכל מכשיר, משקלים של 4 ביט, הקשר של { $context } טוקנים, או מגבלת המודל עצמו אם היא קצרה יותר.
fit--calc_nojs = המחשבון צריך JavaScript. בלעדיו, הטבלאות שלמטה נותנות את אותן תשובות למכשירים המוגדרים.
fit--calc_device = מכשיר
fit--calc_custom = אחר: הקלידו את הזיכרון
fit--calc_gb = זיכרון זמין (GB)
fit--calc_context = אורך ההקשר
fit--calc_kv = דיוק מטמון KV
fit--calc_kv_bits = { $bits } ביט
fit--calc_assumptions = ההנחות: משקלים של 16 ביט רצים בשרת בסגנון vLLM, ומשקלים של 8 ו־4 ביט כקובצי GGUF ב־llama.cpp (קובץ אמיתי כשיש למודל כזה); מטמון KV ב־{ $kv }, הקשר של { $context } טוקנים. סביבה שאין בה סוג מטמון כזה שומרת אותו בדיוק הגבוה הבא.
fit--calc_tokens = { $count } טוקנים
fit--calc_model = מודל
fit--calc_needed = זיכרון נדרש
fit--calc_usable = זיכרון זמין
fit--calc_summary = עם { $usable } זיכרון זמין ב־{ $context } טוקנים, משקלים של 4 ביט: נכנס { $fits }, על הגבול { $tight }, לא נכנס { $no }.
fit--calc_invalid = הקלידו מספר ג'יגה־בייטים, למשל 16.
fit--calc_caption = התוצאה לכל מודל שבמעקב עם משקלים של 16, 8 ו־4 ביט. אותו כלל כמו בטבלאות שלמטה.
fit--why--browser = כל התקציב של לשונית: ערימת WebAssembly של 32 ביט
fit--why--phone = מערכת ההפעלה והאפליקציות שנשארות בזיכרון תופסות בערך חצי
fit--why--laptop =
    { $share ->
        [two_thirds] macOS מרשה ל־GPU להשתמש בכ־65–75% מהזיכרון המאוחד; בנפח של עד 32 GiB אנחנו לוקחים שני שלישים
       *[three_quarters] macOS מרשה ל־GPU להשתמש בכ־65–75% מהזיכרון המאוחד; בנפח הזה אנחנו לוקחים שלושה רבעים
    }
fit--why--gpu = התצוגה, מנהל ההתקן וסביבת ההרצה שומרים לעצמם חלק מזיכרון הווידאו; בשרתים נהוג להשתמש ב־90%
fit--why--mini_pc = מנהל ההתקן נותן ל־GPU עד 96 GiB מתוך 128 GiB
fit--why--datacenter_gpu = התצוגה, מנהל ההתקן וסביבת ההרצה שומרים לעצמם חלק מזיכרון הווידאו; בשרתים נהוג להשתמש ב־90%
fit--freshness =
    { $basis ->
        [live] האתר עוקב אחרי { $total } מודלים. כל מודלי ה־Hub נקראו מ־Hugging Face Hub, האחרון שבהם ב־{ $live_date }.
        [mixed] האתר עוקב אחרי { $total } מודלים. { $live ->
            [one] עד עכשיו נקרא מודל Hub אחד ישירות מ־Hugging Face Hub, ב־{ $live_date };
            [two] עד עכשיו נקראו שני מודלי Hub ישירות מ־Hugging Face Hub, האחרון ב־{ $live_date };
           *[other] עד עכשיו נקראו { $live } מודלי Hub ישירות מ־Hugging Face Hub, האחרון ב־{ $live_date };
        } { $reconstructed ->
            [one] למודל הנותר עדיין יש נתונים ששוחזרו מעובדות שנאספו ב־{ $reconstructed_date }, כל עובדה עם המקור שלה.
            [two] לשני המודלים הנותרים עדיין יש נתונים ששוחזרו מעובדות שנאספו ב־{ $reconstructed_date }, כל עובדה עם המקור שלה.
           *[other] ל־{ $reconstructed } המודלים הנותרים עדיין יש נתונים ששוחזרו מעובדות שנאספו ב־{ $reconstructed_date }, כל עובדה עם המקור שלה.
        }
       *[reconstructed] האתר עוקב אחרי { $total } מודלים. אף מודל עוד לא נקרא ישירות מ־Hugging Face Hub: הנתונים של { $reconstructed } מודלי ה־Hub שוחזרו מעובדות שנאספו ב־{ $reconstructed_date }, כל עובדה עם המקור שלה, והרענון המתוזמן מחליף אותם כשהוא קורא כל מודל.
    }{ $published ->
        [0] {""}
        [one] {" "}מודל אחד אינו ב־Hub, ומוצג בו הגודל שפרסמו יוצריו, או "לא פורסם" אם לא פרסמו גודל.
        [two] {" "}שני מודלים אינם ב־Hub; בכל אחד מהם מוצג הגודל שפרסמו יוצריו, או "לא פורסם" אם לא פרסמו גודל.
       *[other] {" "}{ $published } מודלים אינם ב־Hub; בכל אחד מהם מוצג הגודל שפרסמו יוצריו, או "לא פורסם" אם לא פרסמו גודל.
    }
fit--freshness_update =
    { $basis ->
        [live] היום כל הנתונים של מודלי ה־Hub נקראו מ־Hugging Face Hub עצמו, האחרון שבהם ב־{ $live_date }.
        [mixed] { $live ->
            [one] עד עכשיו נקרא מודל Hub אחד ישירות מ־Hugging Face Hub, ב־{ $live_date };
            [two] עד עכשיו נקראו שני מודלי Hub ישירות מ־Hugging Face Hub, האחרון ב־{ $live_date };
           *[other] עד עכשיו נקראו { $live } מודלי Hub ישירות מ־Hugging Face Hub, האחרון ב־{ $live_date };
        } { $reconstructed ->
            [one] למודל הנותר עדיין יש נתונים ששוחזרו מעובדות שנאספו ב־{ $reconstructed_date }.
            [two] לשני המודלים הנותרים עדיין יש נתונים ששוחזרו מעובדות שנאספו ב־{ $reconstructed_date }.
           *[other] ל־{ $reconstructed } המודלים הנותרים עדיין יש נתונים ששוחזרו מעובדות שנאספו ב־{ $reconstructed_date }.
        }
       *[reconstructed] היום הנתונים של כל { $reconstructed } מודלי ה־Hub שוחזרו מעובדות שנאספו ב־{ $reconstructed_date }; הרענון המתוזמן מחליף את הנתונים של כל מודל כשהוא קורא אותו.
    }
provenance--hub_sources =
    { $basis ->
        [live] הנתונים של כל מודלי ה־Hub נקראו ישירות מה־API של ה־Hub, האחרון שבהם ב־{ $live_date }. לכל שורה יש תאריך משלה ותווית שמציינת איך התקבלו המספרים שלה, גם בטבלה וגם בקבצים להורדה.
        [mixed] { $live ->
            [one] עד עכשיו נקרא מודל Hub אחד ישירות מה־API של ה־Hub;
            [two] עד עכשיו נקראו שני מודלי Hub ישירות מה־API של ה־Hub;
           *[other] עד עכשיו נקראו { $live } מודלי Hub ישירות מה־API של ה־Hub;
        } { $reconstructed ->
            [one] הנתונים של המודל הנותר עדיין משוחזרים ממקורות ציבוריים (תשובות של ה־Hub שתועדו בפומבי וקובצי בדיקה של ספריות קוד פתוח), עד שהרענון המתוזמן יגיע אליו.
            [two] הנתונים של שני המודלים הנותרים עדיין משוחזרים ממקורות ציבוריים (תשובות של ה־Hub שתועדו בפומבי וקובצי בדיקה של ספריות קוד פתוח), עד שהרענון המתוזמן יגיע אליהם.
           *[other] הנתונים של { $reconstructed } המודלים הנותרים עדיין משוחזרים ממקורות ציבוריים (תשובות של ה־Hub שתועדו בפומבי וקובצי בדיקה של ספריות קוד פתוח), עד שהרענון המתוזמן יגיע אליהם.
        } לכל שורה יש תאריך משלה ותווית שמציינת איך התקבלו המספרים שלה, גם בטבלה וגם בקבצים להורדה.
       *[reconstructed] בבנייה הזאת, הנתונים של כל מודלי ה־Hub שוחזרו ממקורות ציבוריים: תשובות של ה־Hub שתועדו בפומבי וקובצי בדיקה של ספריות קוד פתוח. לכל שורה יש תאריך משלה ותווית שמציינת איך התקבלו המספרים שלה, גם בטבלה וגם בקבצים להורדה.
    }


fit--browser_listed = בטבלה מוצגים { $shown } מתוך { $total } המודלים האלה, מהקטן לגדול: המודלים הנבחרים, ועוד אלה שהורדו הכי הרבה מבין השאר. { $other ->
        [one] את המודל הנותר
        [two] את שני הנותרים
       *[other] את { $other } הנותרים
    } אפשר לחפש בטבלת המודלים: בעמוד של כל מודל מופיעה התוצאה שלו בלשונית.







## web: Web quality (issue 14): the cue under a chart that scrolls sideways on a phone.

web--chart_scroll_hint = גללו הצידה כדי לראות את כל התרשים.

## heading: The ¶ link beside each heading (its tooltip and accessible name; pipeline/site/page_html.py).

heading--permalink = קישור קבוע לכותרת זו

## table

table--int4_estimate_note = הערכה לפי צורות הטנזורים בקובץ התצורה של המודל: הגודל של קובץ Q4_K_M, ה־GGUF הנפוץ ביותר ב־4 ביט, טנזור אחר טנזור לפי הכללים של llama.cpp (חלק מהטנזורים נשמרים ביותר ביטים)
table--int4_estimate_count = הערכה לפי מספר הפרמטרים בלבד: הגודל של קובץ Q4_K_M לפי 4.5 ביט לפרמטר. צורות הטנזורים לא מופיעות בנתונים, ולכן הטנזורים ש־llama.cpp שומר ביותר ביטים לא נספרים, וההערכה נמוכה מעט מזו של מודל באותו גודל שחושבה לפי הצורות

## calibration_chart: תרשימי הכיול בעמוד "על הנתונים" (issue 21): החיזוי מול המדידה, בזיכרון ובמהירות.

calibration_chart--title = זיכרון: החיזוי מול המדידה
calibration_chart--speed_title = מהירות יצירה: החיזוי מול המדידה
calibration_chart--axis_measured = זיכרון שנמדד (GB, סולם לוגריתמי)
calibration_chart--axis_predicted = זיכרון חזוי (GB, סולם לוגריתמי)
calibration_chart--speed_axis_measured = נמדד (טוקנים לשנייה, סולם לוגריתמי)
calibration_chart--speed_axis_predicted = חזוי (טוקנים לשנייה, סולם לוגריתמי)
calibration_chart--legend_runtime = סביבת הרצה
calibration_chart--legend_status = מדידה
calibration_chart--status_tested = נבדקת
calibration_chart--status_superseded = מיושנת, לא נבדקת
calibration_chart--row_superseded = — מיושנת, לא נבדקת
calibration_chart--run_qualified = ‏{ $name } ({ $note })
calibration_chart--run_repo_unnamed = המאגר לא צוין
calibration_chart--run_ggml_ci = המרה של בדיקות ה־CI של ggml
calibration_chart--band = סטייה של עד { $percent }
calibration_chart--speed_band = נמדד ÷ חזוי: { $range }
calibration_chart--tooltip = { $model }, { $runtime }, { $context } טוקנים: נמדדו { $measured }, החיזוי { $predicted } ({ $error }).
calibration_chart--speed_tooltip = { $model }, { $runtime }, { $format } על { $device }: נמדדו { $measured }, החיזוי { $predicted } טוקנים לשנייה ({ $error }).
calibration_chart--summary_tested =
    { $count ->
        [one] מדידת זיכרון אחת נבדקת מול הכלל, והיא רחוקה מהחיזוי פחות מ־{ $tolerance }: הסטייה היא { $worst }. נקודה על הקו המקווקו פירושה חיזוי מדויק; הרצועה המוצללת היא הסטייה שהבדיקה מתירה.
        [two] שתי מדידות זיכרון נבדקות מול הכלל, ושתיהן רחוקות מהחיזוי פחות מ־{ $tolerance }; הסטייה הגדולה היא { $worst }. נקודה על הקו המקווקו פירושה חיזוי מדויק; הרצועה המוצללת היא הסטייה שהבדיקה מתירה.
       *[other] { $count } מדידות זיכרון של llama.cpp, vLLM ו־MLX נבדקות מול הכלל, וכולן רחוקות מהחיזוי פחות מ־{ $tolerance }; הסטייה הגדולה ביותר ביניהן היא { $worst }. נקודה על הקו המקווקו פירושה חיזוי מדויק; הרצועה המוצללת היא הסטייה שהבדיקה מתירה.
    }
calibration_chart--summary_superseded =
    { $count ->
        [one] הרצה ישנה אחת, שמסומנת בטבעת, כבר לא משקפת את סביבת ההרצה שלה ולכן לא נבדקת.
        [two] שתי הרצות ישנות, שמסומנות בטבעות, כבר לא משקפות את סביבת ההרצה שלהן ולכן לא נבדקות.
       *[other] { $count } הרצות ישנות, שמסומנות בטבעות, כבר לא משקפות את סביבת ההרצה שלהן ולכן לא נבדקות.
    }{ $overlap ->
        [together] {" "}הנקודות שלהן כמעט חופפות, ולכן נראית רק טבעת אחת.
        [some] {" "}חלק מהן כמעט מכוסות בנקודה אחרת.
       *[none] {""}
    }
calibration_chart--speed_summary = { $count } מדידות של מהירות יצירה, בקשה אחת בכל פעם, מול המהירות שחוזתה מרוחב הפס של הזיכרון. המהירות שנמדדה נעה בין פי { $low } לפי { $high } מהחיזוי, וזה הטווח שהאתר מציג לצד כל הערכה.
calibration_chart--caption_memory =
    { $count ->
        [one] מדידת זיכרון אחת: ההרצה (עם קישור למקור), ההקשר, הזיכרון שנמדד, החיזוי והסטייה.
        [two] שתי מדידות זיכרון: ההרצה (עם קישור למקור), ההקשר, הזיכרון שנמדד, החיזוי והסטייה.
       *[other] { $count } מדידות זיכרון: ההרצה (עם קישור למקור), ההקשר, הזיכרון שנמדד, החיזוי והסטייה.
    }
calibration_chart--caption_speed =
    { $count ->
        [one] מדידת מהירות אחת: ההרצה (עם קישור למקור), המכשיר, הטוקנים לשנייה שנמדדו, החיזוי והסטייה.
        [two] שתי מדידות מהירות: ההרצה (עם קישור למקור), המכשיר, הטוקנים לשנייה שנמדדו, החיזוי והסטייה.
       *[other] { $count } מדידות מהירות: ההרצה (עם קישור למקור), המכשיר, הטוקנים לשנייה שנמדדו, החיזוי והסטייה.
    }
calibration_chart--caption_worst =
    { $count ->
        [one] הסטייה הגדולה ביותר, כולל הרצות מיושנות, והסיבה לה.
        [two] שתי הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
        [3] שלוש הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
        [4] ארבע הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
        [5] חמש הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
        [6] שש הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
        [7] שבע הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
        [8] שמונה הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
        [9] תשע הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
        [10] עשר הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
       *[other] { $count } הסטיות הגדולות ביותר, כולל הרצות מיושנות, והסיבה לכל אחת.
    }
calibration_chart--sign_convention = סטייה = (חזוי − נמדד) ÷ נמדד: סטייה שלילית פירושה שהכלל חזה פחות ממה שנמדד.
calibration_chart--col_run = הרצה
calibration_chart--col_context = הקשר (טוקנים)
calibration_chart--col_measured = נמדד
calibration_chart--col_predicted = חיזוי
calibration_chart--col_error = סטייה
calibration_chart--col_device = מכשיר
calibration_chart--col_measured_speed = נמדד (טוקנים לשנייה)
calibration_chart--col_predicted_speed = חיזוי (טוקנים לשנייה)
calibration_chart--col_reason = למה החיזוי מחטיא
calibration_chart--reason_full_mask = ההרצה קדמה ל־pull request מס׳ 40 של mlx-lm, כש־MLX עוד בנתה מסכת קשב מלאה לפרומפט ארוך (כ־3 GB נוספים). המדידה מיושנת ולכן לא נבדקת.
calibration_chart--reason_small_batch = ההרצה עיבדה 128 טוקנים בכל פעם, והכלל מניח את ברירת המחדל של llama.cpp‏, 512 טוקנים, שמאגר הפלט שלה גדול פי ארבעה.
calibration_chart--reason_micro_batch = ההרצה השתמשה ב־micro-batch של 1,024 טוקנים (‎-ub 1024) על ארבעה כרטיסי GPU, וחוצצי החישוב שלה גדולים ממה שהכלל מקצה.
calibration_chart--reason_gib = גרסה ישנה של mlx-lm הציגה את השיא הזה כ־"GB" אבל ספרה ב־GiB. כשקוראים אותו כ־GiB, הוא נמוך מהחיזוי ב־{ $gap }, כמעט כמו הקצבה הקבועה של { $mlx_fixed } שהכלל מוסיף ל־MLX.

## fit_notes: טבלאות ההתאמה (issue 21): באיזה הקשר נבדקה כל שורה, ואיזה נתון עומד מאחורי "לא נכנס".

fit_notes--caption_browser = מודלים שיש להם גרסה לדפדפן, ומודלים בלי גרסה כזאת שב־4 ביט קטנים מספיק ללשונית: הגרסה לדפדפן, הקובץ הבודד הגדול ביותר והזיכרון הנדרש בהקשר של { $context } טוקנים, או במגבלה של המודל עצמו כשהיא קצרה יותר (השורה מציינת זאת). בגרסת WebLLM הזיכרון הוא הנתון ש־WebLLM מציינת עבורה.
fit_notes--at_own_limit = { $verdict } במגבלה שלו, { $count } טוקנים
fit_notes--needs_build_at_own_limit = { $verdict } (צריך קודם גרסה לדפדפן; הזיכרון חושב במגבלה של המודל, { $count } טוקנים)
fit_notes--build_size_unknown = { $verdict }: הגודל של הגרסה עצמה לא נרשם. עם משקלים של 32 ביט (המקרה הגרוע ביותר) היו נדרשים { $bound }, יותר מה־{ $usable } שלשונית יכולה להשתמש בהם; עם משקלים של 4 ביט נדרשים ≈ { $size } ב־{ $count } טוקנים. התוצאה תלויה ברמת הדיוק של הגרסה
fit_notes--build_size_unknown_file = { $verdict }: הגודל של הגרסה עצמה לא נרשם. עם משקלים של 32 ביט (המקרה הגרוע ביותר) המשקלים היו תופסים { $bound }, מעבר למגבלת ה־{ $limit } לקובץ יחיד; עם משקלים של 4 ביט נדרשים ≈ { $size } ב־{ $count } טוקנים. התוצאה תלויה באופן שבו הגרסה שמורה
fit_notes--build_size_unrecorded = { $verdict }: הגודל של הגרסה עצמה לא נרשם, ולכן המספר הוא הערכה (≈) של הזיכרון עם משקלי 4 ביט של המודל, ב־{ $count } טוקנים
fit_notes--upper_bound = { $verdict }: הגודל של הגרסה עצמה לא נרשם, אבל גם עם משקלים של 32 ביט (המקרה הגרוע ביותר) נדרשים רק { $size } ב־{ $count } טוקנים
fit_notes--file_over_limit = { $verdict }: הקובץ הגדול ביותר שלו, { $size }, חורג ממגבלת ה־{ $limit } לקובץ יחיד
fit_notes--over_budget = { $verdict }: נדרשים { $size }, יותר מה־{ $usable } שלשונית יכולה להשתמש בהם
fit_notes--over_budget_at_own_limit = { $verdict }: במגבלה שלו, { $count } טוקנים, נדרשים { $size }, יותר מה־{ $usable } שלשונית יכולה להשתמש בהם
fit_notes--weights_alone = { $verdict }: המשקלים לבדם, { $size }, גדולים מ־{ $usable } הזמינים
fit_notes--no_build_weights_alone = { $verdict }: לא נרשמה גרסה לדפדפן, והמשקלים לבדם, { $size }, גדולים מ־{ $usable } הזמינים
fit_notes--weights_and_buffers = { $verdict }: המשקלים, { $size }, יחד עם החוצצים של סביבת ההרצה כבר תופסים יותר מ־{ $usable } הזמינים, ולא נשאר מקום למטמון ה־KV
fit_notes--calc_caption = התוצאה לכל מודל שבמעקב עם משקלים של 16, 8 ו־4 ביט בהקשר שבחרתם. מודל שהמגבלה שלו קצרה יותר מסומן כאן "ארוך מההקשר של המודל", ואילו טבלת לשונית הדפדפן שלמטה בודקת אותו במגבלה שלו ומציינת זאת. אותו כלל כמו בטבלאות שלמטה.

## model_fit: עמודי המודלים (issue 23 item 4): על מה מבוססת כל תוצאה, ולכל מכשיר ההקשר הארוך ביותר והמהירות.

model_fit--active = בכל טוקן פועלים { $active } מהפרמטרים ({ $basis }), מתוך { $total } בסך הכול. הספירה הכוללת מונה גם את כל המומחים: כולם נשארים בזיכרון, ולכן נתוני הזיכרון מבוססים על הספירה הכוללת, והערכות המהירות על החלק הפעיל.
model_fit--active_files = בכל טוקן פועלים { $active } מהפרמטרים ({ $basis }), מתוך { $total } בסך הכול. הספירה הכוללת מונה כל טנזור בקובצי המשקלים, כולל כל המומחים: כולם נשארים בזיכרון, ולכן נתוני הזיכרון מבוססים על הספירה הכוללת, והערכות המהירות על החלק הפעיל.
model_fit--active_main = בכל טוקן פועלים { $active } מתוך { $main } הפרמטרים של המודל הראשי ({ $basis }). הספירה הכוללת, { $total }, מונה כל טנזור בקובצי המשקלים: את כל המומחים, שכולם נשארים בזיכרון, ומודול שחוזה כמה טוקנים קדימה בבת אחת (multi‑token prediction), בן { $mtp } פרמטרים, שנשמר יחד עם המשקלים ואינו פועל ביצירת טקסט רגילה. נתוני הזיכרון מבוססים על הספירה הכוללת, והערכות המהירות על החלק הפעיל.
model_fit--counted_files = המספר כולל כל טנזור שבקובצי המשקלים של המודל.
model_fit--counted_files_vision = המספר כולל כל טנזור שבקובצי המשקלים של המודל, גם את אלה של מקודד התמונה.
model_fit--mtp = הסכום כולל מודול שחוזה כמה טוקנים קדימה בבת אחת (multi‑token prediction), בן { $mtp } פרמטרים, שנשמר יחד עם המשקלים ואינו פועל ביצירת טקסט רגילה; במודל הראשי יש { $main } פרמטרים.
model_fit--limit = ההקשר הארוך ביותר שהמודל מקבל: { $count } טוקנים.
model_fit--limit_unknown = הנתונים של המודל לא מציינים מה ההקשר הארוך ביותר שהוא מקבל.
model_fit--weights_unknown = לא ידוע ({ $reason ->
        [count] בנתוני האתר אין גודלי קבצים ואין מספר פרמטרים
       *[dtype] בנתוני האתר אין גודלי קבצים ואין את פורמט המספרים שבו המשקלים שמורים
    })
model_fit--assumes = כל תוצאה בטבלה מניחה משקלים בפורמט { $format } שרצים ב־{ $runtime }, הקשר של { $context } טוקנים { $kv ->
        [none] ובלי מטמון KV (מודל מקודד בלבד)
       *[other] ומטמון KV של { $kv } ביט
    }.
model_fit--assumes_own_limit = כל תוצאה בטבלה מניחה משקלים בפורמט { $format } שרצים ב־{ $runtime }, הקשר של { $context } טוקנים (המגבלה של המודל עצמו, קצרה מה־{ $usual } שהאתר בודק בדרך כלל) { $kv ->
        [none] ובלי מטמון KV (מודל מקודד בלבד)
       *[other] ומטמון KV של { $kv } ביט
    }.
model_fit--assumes_estimate_own_limit = כל תוצאה בטבלה מניחה קובץ GGUF מסוג { $build } בגודל משוער (≈ { $size }) שרץ ב־{ $runtime }, הקשר של { $context } טוקנים (המגבלה של המודל עצמו, קצרה מה־{ $usual } שהאתר בודק בדרך כלל) { $kv ->
        [none] ובלי מטמון KV (מודל מקודד בלבד)
       *[other] ומטמון KV של { $kv } ביט
    }.
model_fit--assumes_estimate = כל תוצאה בטבלה מניחה קובץ GGUF מסוג { $build } בגודל משוער (≈ { $size }) שרץ ב־{ $runtime }, הקשר של { $context } טוקנים { $kv ->
        [none] ובלי מטמון KV (מודל מקודד בלבד)
       *[other] ומטמון KV של { $kv } ביט
    }.
model_fit--browser_row = השורה של לשונית הדפדפן הולכת לפי טבלת הדפדפן: אם נרשמה למודל גרסה לדפדפן, היא נשפטת לפי הזיכרון שלה; אם לא נרשמה, המודל לא נכנס כשהמשקלים לבדם גדולים מהלשונית, ואחרת התוצאה לא ידועה. לא מחושבים בה הקשר או מהירות.
model_fit--web_build = { $verdict }: הגרסה לדפדפן, { $build }, צריכה { $size }
model_fit--web_build_file = { $verdict }: קובץ אחד של הגרסה לדפדפן, { $build }, שוקל { $size }, יותר מה־{ $limit } שלשונית טוענת בבת אחת
model_fit--web_build_unsized = { $verdict }: הגרסה לדפדפן, { $build }, נרשמה בלי הגודל שלה
model_fit--caption = לכל מכשיר: הזיכרון הזמין, התוצאה, ההקשר הארוך ביותר שעוד נכנס עם מרווח (מתחת לקו של "על הגבול") והערכת מהירות היצירה. התוצאה מתייחסת להקשר שצוין למעלה; אם ליד "לא נכנס" מופיע מספר טוקנים, המודל נכנס כשמקצרים את ההקשר למספר הזה.
model_fit--col_context = ההקשר הארוך ביותר שנכנס עם מרווח
model_fit--col_speed = טוקנים לשנייה (טווח)
model_fit--context_none = אין
model_fit--context_full = כל { $count } הטוקנים
model_fit--context_tokens = { $count } טוקנים
model_fit--speed = ≈ { $speed } ({ $low }–{ $high })
model_fit--speed_unknown = רוחב הפס של הזיכרון לא ידוע
model_fit--speed_not_generating = לא רלוונטי: המודל לא מייצר טקסט
model_fit--speed_note = טוקנים לשנייה: כל טוקן חדש קורא פעם אחת את המשקלים הפעילים ואת מטמון ה־KV, ב־{ $efficiency } מרוחב הפס של הזיכרון של המכשיר ועוד השהיה קבועה, לפי התאמה למדידות שפורסמו. המהירויות שנמדדו נעות בין פי { $low } לפי { $high } מההערכה, וזה הטווח שבסוגריים. כשהמודל קורא מעט בייטים לכל טוקן, ההשהיה הקבועה שולטת, ולכן לרוחב פס גבוה יותר יש השפעה קטנה על הקצב.
model_fit--calculator_link = פתיחת המודל במחשבון, כדי לבחור פורמט, הקשר, דיוק מטמון KV או מכשיר אחרים.
model_fit--calculator_offload = אף מכשיר ברשימה לא מכיל את המודל כולו. פתיחת המודל במחשבון מאפשרת לפצל אותו בין ה־GPU לזיכרון המערכת (העברת שכבות ל־CPU) ולראות באיזו מהירות ירוץ.

## hub_model: Any Hub model in the calculator (issue 23; pipeline/site/hub_field.py, docs/assets/js/hub-model.js).

hub_model--label = כל מודל ב־Hugging Face Hub: המזהה או הכתובת שלו
hub_model--button = קריאה מה־Hub
hub_model--note = רק כשלוחצים על הכפתור, הדפדפן קורא את config.json של המודל הזה ואת ספירות הפרמטרים של קובצי ה־safetensors שלו מ־{ $endpoint }, בלי טוקן ובלי התחברות; שום דבר אחר לא נשלח.
hub_model--loading = קוראים את { $id } מה־Hub…
hub_model--invalid = "{ $text }" אינו מזהה של מודל ב־Hub. כתבו אותו בצורה owner/name, למשל Qwen/Qwen3-8B, או הדביקו את כתובת המודל.
hub_model--not_found = ב־Hub אין מודל ציבורי בשם { $id }. בדקו את האיות; מודלים פרטיים אי אפשר לקרוא כאן.
hub_model--gated = הגישה ל־{ $id } מוגבלת: ה־Hub מוסר את קבציו רק למשתמשים מחוברים שאישרו את תנאיו, ולכן הדף הזה לא יכול לקרוא את config.json שלו.
hub_model--timeout = ה־Hub לא ענה בתוך { $seconds } שניות. נסו שוב מאוחר יותר; המחשבון שלמעלה ממשיך לעבוד.
hub_model--malformed = התשובה של ה־Hub עבור { $id } ({ $file }) אינה JSON תקין, ולכן לא חושב ממנה דבר.
hub_model--failed = לא ניתן היה להגיע ל־Hub, או שהוא ענה בשגיאה ({ $status }). נסו שוב מאוחר יותר; המחשבון שלמעלה ממשיך לעבוד.
hub_model--no_config = ל־{ $id } אין config.json, ולכן מוצג רק מה שאומרים נתוני ה־safetensors שלו.
hub_model--unknown_arch = { $id } הוא מסוג מודל שהאתר הזה לא ממדל ({ $type }), ולכן חלק מהנתונים שלמטה הם הערכות או לא ידועים.
hub_model--computed = חושבו מה־config שלו: { $items }.
hub_model--not_computed = לא ניתן היה לחשב: { $items }.
hub_model--item_params = פרמטרים
hub_model--item_active = פרמטרים פעילים
hub_model--item_kv = מטמון KV
hub_model--item_context = מגבלת ההקשר
hub_model--item_weights = גודל המשקלים
hub_model--params = ל־{ $name } יש { $params } פרמטרים.
hub_model--params_unknown = לא ניתן היה לחשב את מספר הפרמטרים שלו: { $reason }.
hub_model--active = זהו תמהיל מומחים (MoE): בכל טוקן פועלים { $active } פרמטרים.
hub_model--context = מגבלת ההקשר שלו היא { $tokens } טוקנים.
hub_model--context_unknown = ה־config שלו לא מציין מגבלת הקשר.
hub_model--kv = מטמון ה־KV שלו ב־16 ביט תופס { $bytes } לכל טוקן של הקשר.
hub_model--kv_window = מטמון ה־KV שלו ב־16 ביט תופס { $bytes } לכל טוקן של הקשר, ועוד { $sliding } לכל טוקן בשכבות החלון הנע, לכל היותר ל־{ $window } טוקנים.
hub_model--kv_state = הוא שומר גם מצב קבוע בגודל { $bytes }.
hub_model--kv_none = הוא לא שומר מטמון KV שגדל עם ההקשר (מודל מקודד בלבד או מודל מרחב־מצבים).
hub_model--kv_unknown = לא ניתן היה לחשב את מטמון ה־KV שלו: { $reason }.
hub_model--weights_title = המשקלים בכל פורמט (≈ מסמן הערכה, כשאין במאגר קובץ כזה):
hub_model--weights_item = { $format }: { $size }
hub_model--weights_item_estimated = { $format }: ≈ { $size }

## display: Display names and joins (pipeline/i18n/display_names.py, explorer.py): an in-browser build as the runtime and its quantization; an aside in brackets; a label before its value.

display--web_build = { $runtime } ({ $variant })
display--runtime_browser = Transformers.js, MediaPipe, WebLLM או wllama (סביבות הרצה בדפדפן)
display--aside = {" "}({ $text })
display--label = { $label }:{" "}
display--source_note = {" "}— { $label }:{" "}{ $text }
display--basis_date = { $basis } · { $date }

## calc: The calculator, one view per question (issue 23): pipeline/site/fit_view.py calculator() and docs/assets/js/fit-calculator.js, which reads every message through msg().

calc--nojs = המחשבון צריך JavaScript. בלעדיו, הטבלאות שלמטה נותנות את התשובות למכשירים המוגדרים.
calc--model = מודל
calc--model_placeholder = שם או מזהה, למשל llama 8b
calc--model_options = מודלים שמתאימים לחיפוש
calc--model_none = אין מודל במעקב שמתאים ל־"{ $text }".
calc--model_failed = לא ניתן היה לטעון את הנתונים של "{ $name }".
calc--device = מכשיר
calc--own = המכשיר שלכם
calc--own_legend = המכשיר שלכם
calc--device_named = { $name }
calc--own_name =
    { $count ->
        [one] כרטיס המסך שלכם ({ $size })
        [two] שני כרטיסי המסך שלכם ({ $size } כל אחד)
       *[other] { $count } כרטיסי המסך שלכם ({ $size } כל אחד)
    }
calc--own_needs_vram = הקלידו את הזיכרון של כרטיס המסך, למשל 8.
calc--vram = זיכרון כרטיס המסך (GB, כפי שנמכר)
calc--gpus = כרטיסי מסך זהים
calc--bandwidth = רוחב פס של הזיכרון (GB/s)
calc--ram = זיכרון RAM של המערכת (GB, כפי שנמכר)
calc--format = פורמט המשקלים
calc--format_file = { $format }: { $size }
calc--format_estimate = ≈ { $format } (הערכה): { $size }
calc--format_unknown = { $format }: הגודל לא ידוע
calc--format_mlx = { $format } רץ ב־MLX, שדורש מק עם שבב Apple, ולכן עבור { $device } מוצג פורמט ברירת המחדל.
calc--context = הקשר (טוקנים)
calc--limit = המודל הזה מקבל לכל היותר { $limit } טוקנים.
calc--limit_none = מגבלת ההקשר של המודל הזה לא ידועה.
calc--kv = דיוק מטמון KV
calc--kv_bits = { $bits } ביט
calc--kv_kept = ב־{ $runtime } אין מטמון KV של { $asked } ביט, ולכן הערכים נשמרים ב־{ $bits } ביט.
calc--kv_mla = { $runtime } שומר בנפרד את המפתחות והערכים של ה־MLA במודל הזה, ולכן מטמון ה־KV שלו גדול פי { $factor } בערך מזה של vLLM, ששומר וקטור דחוס אחד (latent) במקום שניהם.
calc--kv_smaller =
    { $verdict ->
        [fits] עם מטמון KV של { $bits } ביט (בשדה „דיוק מטמון KV” למעלה) הוא היה צריך { $total } ונכנס.
       *[tight] עם מטמון KV של { $bits } ביט (בשדה „דיוק מטמון KV” למעלה) הוא היה צריך { $total }: על הגבול, ולכן ייתכן שלא ייטען.
    }
calc--tag = סוג
calc--tag_all = כל הסוגים
calc--tags--instruct = הוראות או צ'אט (instruct)
calc--tags--base = בסיס (אימון מקדים בלבד)
calc--tags--reasoning = חשיבה (reasoning)
calc--tags--embedding = הטמעות (embedding)
calc--tags--moe = תערובת מומחים (MoE)
calc--tags--vision-language = ראייה ושפה
calc--tags--speech = דיבור
calc--list_button = הצגת כל המודלים שנכנסים או על הגבול
calc--bad_number = "{ $text }" אינו מספר. הקלידו מספר, למשל { $example }.
calc--bad_link = הקישור מבקש { $name } "{ $value }", שאינו מוכר כאן, ולכן הוא הושמט.
calc--unknown_model_link = הקישור מבקש את המודל "{ $value }", שאינו בין המודלים של האתר.
calc--verdict--fits = { $model } ב־{ $format }, על { $device }: צריך { $total } מתוך { $usable } זמינים, בהקשר של { $context } טוקנים.
calc--verdict--tight = { $model } ב־{ $format }, על { $device }: צריך { $total } מתוך { $usable } זמינים, יותר מ־{ $share } מהם, בהקשר של { $context } טוקנים, ולכן ייתכן שלא ייטען.
calc--verdict--no = { $model } ב־{ $format }, על { $device }: צריך { $total }, אבל רק { $usable } זמינים, בהקשר של { $context } טוקנים.
calc--verdict--no_weights = { $model } ב־{ $format }, על { $device }: צריך { $weights } למשקלים לבדם, יותר מה־{ $usable } הזמינים.
calc--verdict--too-long = ביקשתם { $context } טוקנים, אבל { $model } מקבל לכל היותר { $limit }.
calc--verdict--unknown = אין מספיק נתונים על { $model } ב־{ $format } כדי לומר אם הוא נכנס לזיכרון של { $device }.
calc--bar = הזיכרון הנדרש, { $total }, מול { $usable } זיכרון זמין
calc--bar_weights = משקלים: { $size }
calc--bar_kv = מטמון KV: { $size }
calc--bar_overhead = חוצצים של סביבת ההרצה: { $size }
calc--bar_usable = זיכרון זמין: { $size }
calc--bar_tight = על הגבול: מעל { $share } מהזיכרון הזמין
calc--largest =
    { $count ->
        [one] ההקשר הארוך ביותר שנכנס: טוקן אחד.
        [two] ההקשר הארוך ביותר שנכנס: שני טוקנים.
       *[other] ההקשר הארוך ביותר שנכנס: { $count } טוקנים.
    }
calc--largest_all =
    { $count ->
        [one] בהקשר המרבי של המודל, טוקן אחד, הוא נכנס.
        [two] בהקשר המרבי של המודל, שני טוקנים, הוא נכנס.
       *[other] בהקשר המרבי של המודל, { $count } טוקנים, הוא נכנס.
    }
calc--largest_none = אפילו הקשר של טוקן אחד לא נכנס.
calc--largest_gpu_none = בלי להעביר חלק ממנו ל־RAM של המערכת, המודל לא נכנס, אפילו לא עם הקשר של טוקן אחד.
calc--largest_unknown = ההקשר הארוך ביותר שנכנס אינו ידוע: מגבלת ההקשר של המודל לא ידועה.
calc--largest_both = ההקשר הארוך ביותר שנכנס עם מרווח, בטוקנים: { $headroom }; ואם מסתפקים ב"על הגבול", עד { $runs }{ $full ->
        [yes] {" "}(מגבלת המודל)
       *[no] {""}
    }.
calc--largest_tight_only = אין אורך הקשר שמשאיר מרווח; ההקשר הארוך ביותר שנכנס על הגבול{ $full ->
        [yes] {" "}(מגבלת המודל)
       *[no] {""}
    }, בטוקנים: { $runs }.
calc--too_long_also = בנוסף, הקשר של { $context } טוקנים ארוך ממה ש־{ $model } מקבל: לכל היותר { $limit } טוקנים.
calc--bar_partial = הזיכרון שנספר, { $total } (המשקלים ומה שידוע), מול { $usable } זיכרון זמין
calc--unknown = לא ידוע
calc--not_counted = מחוץ לחישוב, מעבר למגבלת המודל
calc--speed = בערך { $speed } טוקנים בשנייה (כנראה בין { $low } ל־{ $high }): { $read } נקראים לכל טוקן ברוחב פס של { $bandwidth }.
calc--speed_moe = בערך { $speed } טוקנים בשנייה (כנראה בין { $low } ל־{ $high }): מודל תערובת מומחים קורא בכל טוקן רק את { $active } הפרמטרים הפעילים מתוך { $params }, כלומר { $read }, ברוחב פס של { $bandwidth }.
calc--speed_none = אין הערכת מהירות: רוחב הפס של הזיכרון במכשיר הזה לא צוין.
calc--speed_rule = החישוב: שניות לטוקן = בייטים שנקראים ÷ (רוחב פס × { $efficiency }) ⁦+ { $latency } ms⁩, מותאם למהירויות יצירה שנמדדו; הטווח נע בין ההרצה האיטית ביותר לזו המהירה ביותר שנמדדו ביחס לכלל הזה.
# Review 9 (he #1): an encoder-only or embedding model generates no text: no speed, and no KV cache in the bar.
calc--no_decode = אין הערכת מהירות: מודל מקודד בלבד לא מייצר טקסט טוקן אחרי טוקן.
calc--kv_none = אין (מודל מקודד בלבד)
calc--assume_encoder = ההנחות: { $format } מורץ ב־{ $runtime }, אין מטמון KV (מודל מקודד בלבד), החוצצים של סביבת ההרצה בהקשר של { $context } טוקנים, ו־{ $usable } { $gpu ->
        [yes] מזיכרון הווידאו
       *[other] מזיכרון המכשיר
    } זמינים.
# Review 9 (he #3): the context asked is the model's maximum, or was set to it (calc-offload.js LSCalcOffload.enc).
calc--largest_at_max = זה גם ההקשר המרבי שהמודל מקבל.
calc--largest_capped = ההקשר הוגבל ל־{ $count } טוקנים, המקסימום של המודל.
calc--offload =
    { $count ->
        [one] עם העברה חלקית למעבד (הערכה): { $layers } מתוך שכבה אחת בזיכרון הווידאו ({ $gpu }), והשאר ב־RAM של המערכת ({ $cpu }), בערך { $speed } טוקנים בשנייה (כנראה בין { $low } ל־{ $high }).
        [two] עם העברה חלקית למעבד (הערכה): { $layers } מתוך { $count } השכבות בזיכרון הווידאו ({ $gpu }), והשאר ב־RAM של המערכת ({ $cpu }), בערך { $speed } טוקנים בשנייה (כנראה בין { $low } ל־{ $high }).
       *[other] עם העברה חלקית למעבד (הערכה): { $layers } מתוך { $count } השכבות בזיכרון הווידאו ({ $gpu }), והשאר ב־RAM של המערכת ({ $cpu }), בערך { $speed } טוקנים בשנייה (כנראה בין { $low } ל־{ $high }).
    }
calc--offload_nospeed =
    { $count ->
        [one] עם העברה חלקית למעבד (הערכה): { $layers } מתוך שכבה אחת בזיכרון הווידאו ({ $gpu }), והשאר ב־RAM של המערכת ({ $cpu }); בלי רוחב הפס של זיכרון הווידאו אין הערכת מהירות.
        [two] עם העברה חלקית למעבד (הערכה): { $layers } מתוך { $count } השכבות בזיכרון הווידאו ({ $gpu }), והשאר ב־RAM של המערכת ({ $cpu }); בלי רוחב הפס של זיכרון הווידאו אין הערכת מהירות.
       *[other] עם העברה חלקית למעבד (הערכה): { $layers } מתוך { $count } השכבות בזיכרון הווידאו ({ $gpu }), והשאר ב־RAM של המערכת ({ $cpu }); בלי רוחב הפס של זיכרון הווידאו אין הערכת מהירות.
    }
calc--offload_no_ram = גם עם העברה חלקית למעבד הוא לא נכנס: השכבות שעוברות ל־RAM של המערכת צריכות { $cpu }, ובמערכת יש רק { $ram } של RAM (ה־{ $typed } שהוקלדו בשדה נספרים כ־GiB, כמו אצל היצרנים).
calc--offload_ask_ram = הקלידו את ה־RAM של המערכת כדי לראות כמה שכבות יכולות להישאר בזיכרון הווידאו וכמה יעברו ל־RAM.
calc--offload_engine = חלוקה בין המעבד לכרטיס המסך מחושבת רק לקובצי GGUF ב־llama.cpp: בחרו ברשימה את { $formats } כדי לראות אותה, מחושבת לפי הגודל של אותו קובץ ולא לפי ה־{ $weights } של { $format }.
calc--offload_engine_none = חלוקה בין המעבד לכרטיס המסך מחושבת לקובצי GGUF ב־llama.cpp, ולמודל הזה אין אף אחד.
calc--offload_rule = החישוב: כמו ⁦--n-gpu-layers⁩ של llama.cpp, כל שכבה נושאת חלק שווה מהמשקלים וממטמון ה־KV, והחוצצים של סביבת ההרצה נשארים בזיכרון הווידאו; ההנחה היא ש־RAM של המערכת נקרא ב־{ $ram_bandwidth } ‏(DDR5-5600 בשני ערוצים), והמהירות מחברת את הזמן לקרוא כל חלק מהזיכרון שלו; כל ה־RAM של המערכת נספר כפנוי, וזו הנחה אופטימית: מערכת ההפעלה והאפליקציות הפתוחות תופסות חלק ממנו.
calc--assume = ההנחות: { $format } מורץ ב־{ $runtime }, מטמון KV נשמר ב־{ $bits } ביט, החוצצים של סביבת ההרצה בהקשר של { $context } טוקנים, ו־{ $usable } { $gpu ->
        [yes] מזיכרון הווידאו
       *[other] מזיכרון המכשיר
    } זמינים.
calc--assume_estimate = לא נרשם כאן קובץ בפורמט הזה: הגודל שלו מוערך (≈).
calc--assume_own = מספר ה־GB שהקלדתם מתפרש כ־GiB, כמו אצל היצרנים, ו־{ $share } ממנו זמינים, כמו בכרטיסי המסך המוגדרים.
calc--gpus_rule_vllm = vLLM מחלק כל שכבה בין הכרטיסים (tensor parallelism‏, ⁦--tensor-parallel-size { $count }⁩), וכל כרטיס שומר חוצצים משלו של סביבת ההרצה, שנספרים פעם אחת לכל כרטיס; בסך הכול { $usable } זמינים.
calc--gpus_speed_vllm = הערכת המהירות שלמעלה חושבה כמו לכרטיס אחד; ב־tensor parallelism הכרטיסים עובדים במקביל, כך שהמהירות בפועל בדרך כלל גבוהה יותר.
calc--gpus_rule =
    { $count ->
        [one] כרטיס מסך אחד.
        [two] שני כרטיסי מסך זהים: השכבות מתחלקות ביניהם (ברירת המחדל של llama.cpp‏, ⁦--split-mode layer⁩), וכל אחד שומר חוצצים משלו של סביבת ההרצה, שנספרים פעמיים; בסך הכול { $usable } זמינים. הכרטיסים עובדים בתורם, ולכן טוקן לוקח אותו זמן כמו על כרטיס אחד.
       *[other] { $count } כרטיסי מסך זהים: השכבות מתחלקות ביניהם (ברירת המחדל של llama.cpp‏, ⁦--split-mode layer⁩), וכל אחד שומר חוצצים משלו של סביבת ההרצה, שנספרים { $count } פעמים; בסך הכול { $usable } זמינים. הכרטיסים עובדים בתורם, ולכן טוקן לוקח אותו זמן כמו על כרטיס אחד.
    }
calc--reverse_heading = כל המודלים שנכנסים
calc--family--fp16 = 16 ביט
calc--family--int8 = 8 ביט
calc--family--int4 = 4 ביט
calc--summary =
    { $count ->
        [one] מודל אחד, עם משקלי { $family } והקשר של { $context } טוקנים, על { $device }: { $counts }.
        [two] שני מודלים, עם משקלי { $family } והקשר של { $context } טוקנים, על { $device }: { $counts }.
       *[other] { $count } מודלים, עם משקלי { $family } והקשר של { $context } טוקנים, על { $device }: { $counts }.
    }
calc--count--fits =
    { $count ->
        [one] אחד נכנס
        [two] שניים נכנסים
       *[other] { $count } נכנסים
    }
calc--count--tight =
    { $count ->
        [one] אחד על הגבול
        [two] שניים על הגבול
       *[other] { $count } על הגבול
    }
calc--count--no =
    { $count ->
        [one] אחד לא נכנס
        [two] שניים לא נכנסים
       *[other] { $count } לא נכנסים
    }
calc--count--too-long =
    { $count ->
        [one] לאחד ההקשר קצר מדי
        [two] לשניים ההקשר קצר מדי
       *[other] ל־{ $count } ההקשר קצר מדי
    }
calc--too_long_apart = { $count ->
        [one] מודל אחד לא נבדק כאן כי ההקשר המרבי שלו קצר מ־{ $context } טוקנים
        [two] שני מודלים לא נבדקו כאן כי ההקשר המרבי שלהם קצר מ־{ $context } טוקנים
       *[other] { $count } מודלים לא נבדקו כאן כי ההקשר המרבי שלהם קצר מ־{ $context } טוקנים
    }; התרשים שלמטה בודק כל מודל ב־{ $chart } טוקנים, או במגבלה שלו אם היא קצרה יותר.
calc--count--unknown =
    { $count ->
        [one] לגבי אחד התשובה לא ידועה
        [two] לגבי שניים התשובה לא ידועה
       *[other] לגבי { $count } התשובה לא ידועה
    }
calc--count--unrecorded =
    { $count ->
        [one] אחד נכנס בזיכרון בלי מגבלת הקשר רשומה
        [two] שניים נכנסים בזיכרון בלי מגבלת הקשר רשומה
       *[other] { $count } נכנסים בזיכרון בלי מגבלת הקשר רשומה
    }
calc--unrecorded_apart =
    { $count ->
        [one] מודל אחד נכנס בזיכרון, אבל לא נרשמה לו מגבלת הקשר, ולכן הוא לא נספר בין אלה שנכנסים בהקשר הזה: { $names }.
        [two] שני מודלים נכנסים בזיכרון, אבל לא נרשמה להם מגבלת הקשר, ולכן הם לא נספרים בין אלה שנכנסים בהקשר הזה: { $names }.
       *[other] { $count } מודלים נכנסים בזיכרון, אבל לא נרשמה להם מגבלת הקשר, ולכן הם לא נספרים בין אלה שנכנסים בהקשר הזה: { $names }.
    }
calc--reverse_caption = המודלים שנכנסים, מהגדול לקטן לפי מספר הפרמטרים; מודלים שמספר הפרמטרים שלהם לא ידוע מופיעים בסוף.
calc--reverse_none = אף מודל מהסוג הזה לא נכנס.
calc--col_model = מודל
calc--col_format = פורמט
calc--col_needed = זיכרון נדרש
calc--col_verdict = תוצאה
calc--col_largest = ההקשר הארוך ביותר (עם מרווח / על הגבול)
calc--col_speed = טוקנים בשנייה
calc--scroll_hint = גללו הצידה כדי לראות את כל העמודות.
calc--model_no_match = אין מודל במעקב שמתאים ל־"{ $text }". נסו שם קצר יותר, או הדביקו מזהה של מודל ב־Hub בצורה owner/name והקישו Enter.
calc--model_more =
    { $count ->
        [one] עוד מודל אחד מתאים: הקלידו עוד מהשם כדי לראות אותו.
        [two] עוד שני מודלים מתאימים: הקלידו עוד מהשם כדי לראות אותם.
       *[other] עוד { $count } מודלים מתאימים: הקלידו עוד מהשם כדי לראות אותם.
    }

# Reverse list (review 4): its heading and order as shown, the models it leaves out and why, the browser tab's rule.
calc--reverse_heading_runs = כל המודלים שנכנסים או על הגבול
calc--reverse_caption_order = מודלים שנכנסים או על הגבול (עמודת התוצאה מציינת איזה מהשניים), ממספר הפרמטרים הגדול ביותר לקטן; מודלים שמספר הפרמטרים שלהם לא ידוע מופיעים בסוף, לפי הזיכרון שהם צריכים, מהגדול לקטן.
calc--unknown_left_out =
    { $count ->
        [one] מודל אחד לא מופיע ברשימה כי התוצאה שלו לא ידועה: מטמון ה־KV שלו לא ידוע, או שאין לו משקלים בדיוק הזה ({ $names }). בחרו אותו בשדה "מודל" כדי לראות מה חסר.
        [two] שני מודלים לא מופיעים ברשימה כי התוצאה שלהם לא ידועה: מטמון ה־KV שלהם לא ידוע, או שאין להם משקלים בדיוק הזה ({ $names }). בחרו אחד מהם בשדה "מודל" כדי לראות מה חסר.
       *[other] { $count } מודלים לא מופיעים ברשימה כי התוצאה שלהם לא ידועה: מטמון ה־KV שלהם לא ידוע, או שאין להם משקלים בדיוק הזה ({ $names }). בחרו אחד מהם בשדה "מודל" כדי לראות מה חסר.
    }
calc--summary_web =
    { $count ->
        [one] למודל אחד נרשמה כאן גרסה לדפדפן, והוא נשפט ב{ $device } כמו בטבלת הדפדפן, בהקשר של { $context } טוקנים: { $counts }.
        [two] לשני מודלים נרשמה כאן גרסה לדפדפן, והם נשפטים ב{ $device } כמו בטבלת הדפדפן, בהקשר של { $context } טוקנים: { $counts }.
       *[other] ל־{ $count } מודלים נרשמה כאן גרסה לדפדפן, והם נשפטים ב{ $device } כמו בטבלת הדפדפן, בהקשר של { $context } טוקנים: { $counts }.
    }
calc--web_rule = איך: בלשונית נחשבת רק גרסה שנבנתה לדפדפן (WebLLM,‏ Transformers.js,‏ MediaPipe,‏ LiteRT), אף פעם לא קובץ GGUF או safetensors, ואף קובץ בודד לא יכול לחרוג ממגבלת הקבצים של הדפדפן. גרסת WebLLM צריכה את הזיכרון ש־WebLLM מציינת עבורה, בהקשר שלה עצמה; גרסה אחרת צריכה את המשקלים שלה ועוד מטמון KV וחוצצים של סביבת ההרצה בהקשר שבחרתם, או, כשהגודל שלה לא נרשם, לכל היותר את הגודל שלה ב־32 ביט. בלשונית לא מוערכת מהירות.
calc--web_left_out =
    { $count ->
        [one] למודל אחד נוסף לא נרשמה גרסה לדפדפן, ולכן הוא לא נכלל.
        [two] לשני מודלים נוספים לא נרשמה גרסה לדפדפן, ולכן הם לא נכללים.
       *[other] ל־{ $count } מודלים נוספים לא נרשמה גרסה לדפדפן, ולכן הם לא נכללים.
    }
# Review 8 (ar #13): a row that is itself a web build (Transformers.js), off a browser tab (calc-list.js).
calc--web_only_left_out =
    { $count ->
        [one] מודל אחד נוסף הוא עצמו גרסה לדפדפן, שנבחנת רק בלשונית דפדפן, ולכן הוא לא נכלל כאן.
        [two] שני מודלים נוספים הם עצמם גרסאות לדפדפן, שנבחנות רק בלשונית דפדפן, ולכן הם לא נכללים כאן.
       *[other] עוד { $count } מודלים הם עצמם גרסאות לדפדפן, שנבחנות רק בלשונית דפדפן, ולכן הם לא נכללים כאן.
    }
# Review 5 (fcalc): one model on a browser tab (calc-list.js LSCalcList.one).
calc--web_none = לא ידוע: לא נרשמה כאן גרסה לדפדפן של { $model }, ובלשונית דפדפן רצה רק גרסה שנבנתה לדפדפן.
calc--web_stated = { $model } ב־{ $format }, על { $device }: צריך { $total } מתוך { $usable } זמינים, כפי ש־{ $runtime } מציינת להקשר שהגרסה נבנתה עבורו.
calc--web_stated_no = { $model } ב־{ $format }, על { $device }: צריך { $total }, אבל רק { $usable } זמינים (הנתון ש־{ $runtime } מציינת להקשר שהגרסה נבנתה עבורו).
calc--web_file = { $model } ב־{ $format } לא נכנס לזיכרון של { $device }: אחד הקבצים שלו גדול ממה שלשונית דפדפן יכולה לטעון.
# Review 9 (ar #1): no web build, and even its 4-bit weights exceed the tab: the verdict the model page and the fit chart give.
calc--web_none_weights = לא נכנס: לא נרשמה כאן גרסה לדפדפן של { $model }, והמשקלים שלו לבדם { $weights }, יותר מה־{ $usable } הזמינים בלשונית.
explorer--fit_assumes_web = מה נספר בלשונית דפדפן: רק גרסה שנבנתה לדפדפן (WebLLM,‏ Transformers.js,‏ MediaPipe,‏ LiteRT), כפי שהמחשבון וטבלת הדפדפן שופטים אותה בהקשר של { $context } טוקנים; דיוק המשקלים שנבחר כאן לא חל עליה. מודל שלא נרשמה לו גרסה לדפדפן, או שמגבלת ההקשר שלו קצרה יותר, לא נכלל.
# Review 5 (fcalc): past the model's context limit the KV cache and buffers are not counted, so not assumed either.
calc--assume_past = ההנחות: { $format } מורץ ב־{ $runtime }; המטמון והחוצצים לא חושבו, כי { $context } טוקנים הם יותר מהמגבלה של המודל; { $usable } { $gpu ->
        [yes] מזיכרון הווידאו
       *[other] מזיכרון המכשיר
    } זמינים.
calc--offload_past = חלוקה בין CPU ל־GPU לא מחושבת מעבר למגבלת המודל, כי שם מטמון ה־KV לא נספר: בחרו הקשר של עד { $limit } טוקנים כדי לראות אותה.
# Review 5 (fcalc): a model whose size was never published (GPT-4): the reason, not an int4 file.
calc--undisclosed = לא ידוע: מספר הפרמטרים של { $model } לא פורסם, והמשקלים שלו לא שוחררו, כך שאין מה להריץ על { $device }.
# Review 5 (fcalc): the list's longest-context cell for a model that states no limit.
calc--col_no_limit = לא ידוע (לא נרשמה מגבלת הקשר)
calc--col_build_context = לא ידוע (הזיכרון של הגרסה ידוע רק בהקשר שלשמו נבנתה)
calc--col_none = אין
calc--col_at_limit = { $tokens } (המגבלה של המודל)
# Review 9 (ar #3): the headroom half of a tight model's longest-context cell ("no headroom / 26,013").
calc--col_no_headroom = אין מרווח
calc--unknown_undisclosed =
    { $count ->
        [one] מודל אחד לא מופיע ברשימה כי מספר הפרמטרים שלו לא פורסם.
        [two] שני מודלים לא מופיעים ברשימה כי מספר הפרמטרים שלהם לא פורסם.
       *[other] { $count } מודלים לא מופיעים ברשימה כי מספר הפרמטרים שלהם לא פורסם.
    }
explorer--fit_unknown =
    { $count ->
        [one] מודל אחד נוסף מתאים לסינון אבל לא מוצג: לא ידוע עליו מספיק (גודלו לא פורסם או שמטמון ה־KV שלו לא ידוע) כדי לומר אם הוא נכנס.
        [two] שני מודלים נוספים מתאימים לסינון אבל לא מוצגים: לא ידוע עליהם מספיק (גודל שלא פורסם או מטמון KV לא ידוע) כדי לומר אם הם נכנסים.
       *[other] { $count } מודלים נוספים מתאימים לסינון אבל לא מוצגים: לא ידוע עליהם מספיק (גודל שלא פורסם או מטמון KV לא ידוע) כדי לומר אם הם נכנסים.
    }
explorer--fit_unrecorded =
    { $count ->
        [one] גם { $names } נכנס בזיכרון, אבל לא מוצג בין אלה שנכנסים, כי לא נרשמה לו מגבלת הקשר.
        [two] גם { $names } נכנסים בזיכרון, אבל לא מוצגים בין אלה שנכנסים, כי לא נרשמה להם מגבלת הקשר.
       *[other] גם { $names } נכנסים בזיכרון, אבל לא מוצגים בין אלה שנכנסים, כי לא נרשמה להם מגבלת הקשר.
    }
