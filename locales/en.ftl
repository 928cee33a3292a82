# Messages of LLM Sizes (en), Project Fluent syntax: https://projectfluent.org/fluent/guide/
# Ids are the dotted keys of the Python API with each '.' written '--'. Keep every { $variable } of
# the English message; write whole sentences, with a select ({ $count -> … }) where the words change.

## language

language--name = English
language--dir = ltr

## site

site--name = LLM Sizes
site--description =
    { $basis ->
        [live] How big large language models really are, in parameters, download bytes and memory, from data read from the Hugging Face Hub.
        [mixed] How big large language models really are, in parameters, download bytes and memory, from Hugging Face Hub data and sourced facts.
       *[reconstructed] How big large language models really are, in parameters, download bytes and memory, from sourced facts about each model.
    }






## figure

figure--unknown = unknown
figure--undisclosed = undisclosed
figure--approx = ≈ { $value }
# ls:speed: a model's estimated decode speed on a device, the model page's figure and range; $speed selects the form (a decimal such as 4.7 takes the default)
figure--speed =
    { $speed ->
        [one] about { $speed } token a second (likely { $low } to { $high })
       *[other] about { $speed } tokens a second (likely { $low } to { $high })
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
        [one] { $count } model.
       *[other] { $count } models, smallest first.
    }
table--model = Model
table--params = Parameters
table--size_class = Size class
table--dtype = Stored as
table--weights = Download (default weights)
table--memory_fp16 = Memory at fp16
table--memory_int4 = Memory at int4
table--basis = Source of the figure
table--stale = stale
table--estimated_note = estimated from the parameter count, not measured from files
table--caption_size_classes = Size classes, with how many tracked models fall in each.
table--caption_precision = { $model }: memory for the weights alone at each precision.
table--range = Parameter range
# The size-class table's open ends: the lowest class from 0, the highest with no upper bound.
table--range_below = 0 – { $high }
table--range_from = { $low } – ∞
table--count = Models
table--examples = Examples
table--precision = Precision
table--bytes_per_param = Bytes per parameter
table--memory = Memory for the weights

## basis

basis--hub-safetensors = Hub (safetensors)
basis--hub-gguf = Hub (GGUF)
basis--file-sizes = file sizes
basis--config-count = computed from config
basis--config-estimate = estimate from config
basis--published = published figure
basis--reconstructed = reconstructed snapshot
basis--third-party = third-party figure

## size_class

size_class--under-1b = under 1B
size_class--1b = 1B
size_class--2b-4b = 2–5B
size_class--7b-9b = 5–10B
size_class--10b-20b = 10–20B
size_class--20b-40b = 20–40B
size_class--40b-100b = 40–100B
size_class--100b-300b = 100–300B
size_class--300b-1t = 300B–1T
size_class--1t-plus = 1T and up

## notice

notice--fallback = This page has not been translated into { $language } yet, so you are reading the English original.
notice--outdated = The English original of this page has changed since it was translated. <a href="{ $url }">Read the current English version</a>.
notice--data_as_of =
    { $basis ->
        [live] Figures on this page were read from the Hugging Face Hub, most recently on { $live_date }.
        [mixed] { $live ->
            [one] One model's figures on this page were read from the Hugging Face Hub, on { $live_date }; the others were reconstructed from sourced facts gathered on { $reconstructed_date }.
           *[other] { $live } models' figures on this page were read from the Hugging Face Hub, most recently on { $live_date }; the others were reconstructed from sourced facts gathered on { $reconstructed_date }.
        }
       *[reconstructed] Figures on this page were reconstructed from sourced facts gathered on { $reconstructed_date }; none has been read live from the Hugging Face Hub yet.
    }{ $published ->
        [0] {""}
       *[other] {" "}A model that is not on the Hub carries the size its maker published, or none where none was disclosed.
    }





notice--stale_models =
    { $count ->
        [one] { $count } model could not be refreshed and keeps its last good figures (marked stale).
       *[other] { $count } models could not be refreshed and keep their last good figures (marked stale).
    }
notice--freshness_more = How the data is refreshed: see <a href="{ $url }">Freshness</a> on the About the data page.

## glossary: Glossary: one agreed term per concept, used in pages, tables and charts.

glossary--parameter = parameter
glossary--parameter_count = parameter count
glossary--size_class = size class
glossary--download_size = download size
glossary--weights = weights
glossary--quantization = quantization
glossary--precision = precision
glossary--pruning = pruning
glossary--distillation = knowledge distillation
glossary--lora = LoRA (low-rank adaptation)
glossary--parameter_sharing = parameter sharing
glossary--mixture_of_experts = mixture of experts
glossary--active_parameters = active parameters
glossary--kv_cache = KV cache
glossary--context_window = context window
glossary--inference = inference
glossary--on_device = on-device
glossary--model_card = model card
glossary--token = token
glossary--base_model = base (pretrained only)
glossary--instruct_model = instruct or chat
    .avoid = chat or instruct
glossary--reasoning_model = reasoning
glossary--embedding_model = embedding
glossary--unified_memory = unified memory
glossary--model_id = model name or id
glossary--offloading = offloading (to system RAM)

## chart: Charts (pipeline/chart_specs.py, pipeline/charts.py): titles, axes, legends, tooltips, captions.

chart--fit--title = Featured models on each device (4-bit weights, 4,096 tokens or the model's shorter limit)
chart--fit--summary =
    { $small_count ->
        [0] None of the { $total } featured models fits the smallest device, “{ $small }”,
        [one] Of the { $total } featured models, { $small_count } fits the smallest device, “{ $small }”,
       *[other] Of the { $total } featured models, { $small_count } fit the smallest device, “{ $small }”,
    }{ $large_count ->
        [0] {" "}and none fits the largest, “{ $large }”
       *[other] {" "}and { $large_count } the largest, “{ $large }”
    }, with 4-bit weights and 4,096 tokens of context (or the model's shorter limit); in the browser tab, only a recorded web build counts.





chart--show_numbers = Show the numbers behind this chart
chart--scale--title = Parameters of every tracked model
chart--scale--axis_params = Parameters (log scale, each gridline ×10)
chart--scale--legend = Size class
chart--scale--tooltip = { $name } ({ $id }): { $params } parameters, size class { $size_class }
chart--scale--undisclosed = size undisclosed, not plotted
chart--scale--unknown = no data yet, not plotted
chart--scale--summary = { $count } models with a known size on a logarithmic axis, where each gridline is ten times the one before: from { $smallest_name } with { $smallest } parameters to { $largest_name } with { $largest }.
chart--scale--summary_missing =
    { $case ->
        [both] { $total } tracked models are not in the chart: { $undisclosed ->
            [one] 1 whose developer never disclosed its size
           *[other] { $undisclosed } whose developers never disclosed a size
        } and { $unknown ->
            [one] 1 whose size is not known yet
           *[other] { $unknown } whose size is not known yet
        }.
        [undisclosed] { $undisclosed ->
            [one] One tracked model is not in the chart, because its developer never disclosed its size.
           *[other] { $undisclosed } tracked models are not in the chart, because their developers never disclosed a size.
        }
       *[unknown] { $unknown ->
            [one] One tracked model is not in the chart, because its size is not known yet.
           *[other] { $unknown } tracked models are not in the chart, because their size is not known yet.
        }
    }
chart--scale--histogram_title = Tracked models on the parameter scale
chart--classes--title = How many models fall in each class
chart--classes--bar_label = { $count } · { $examples }
chart--classes--axis_class = Size class
chart--classes--axis_count = Number of models
chart--classes--tooltip =
    { $count ->
        [one] { $size_class }: { $count } model, { $examples }
       *[other] { $size_class }: { $count } models, for example { $examples }
    }
chart--classes--summary = { $total } models with a known size, sorted into size classes; the most crowded class is { $size_class }, with { $count } models. Example models are named beside each bar.
chart--memory--title = Memory for the weights at each precision
chart--memory--axis_bytes = Memory for the weights (log scale)
chart--memory--legend = Precision
chart--memory--tooltip = { $name } at { $precision }: { $size }
chart--memory--device = { $device }: { $usable } usable
chart--memory--summary = { $count } featured models, weights only. Each step down in precision halves the memory: { $name } needs { $fp32 } at fp32, { $fp16 } at fp16, { $int8 } at int8 and { $int4 } at int4, counting exactly 4, 2, 1 and 0.5 bytes per parameter (a real quantized file is a little larger). Dashed lines mark the memory three common devices leave for a model.
chart--downloads--title = Parameters and download size, per file format
chart--downloads--axis_params = Parameters (log scale)
chart--downloads--axis_bytes = Download size (log scale)
chart--downloads--legend = File format
chart--downloads--guide = { $precision }
chart--downloads--tooltip = { $name }, { $format } { $variant }: { $size } for { $params } parameters
chart--downloads--format_safetensors = safetensors
chart--downloads--format_pytorch = PyTorch (.bin)
chart--downloads--format_gguf = GGUF
chart--downloads--format_onnx = ONNX
chart--downloads--format_tflite = TensorFlow Lite
chart--downloads--format_mediapipe = MediaPipe
chart--downloads--format_other = other
chart--downloads--variant_default = default
chart--downloads--variant_consolidated = consolidated
chart--downloads--format_estimate = default weights (estimated)
chart--downloads--summary = Each filled point is a downloadable weight file: { $files } files from { $models } models; hollow circles are default weights estimated from the parameter count ({ $estimated } models). A point on a dashed line stores exactly that many bytes per parameter (fp32 4, fp16 2, int8 1, int4 0.5), so quantized files sit below the fp16 line. Points of the same size overlap and show as one.
chart--classes--tooltip_count =
    { $count ->
        [one] { $size_class }: one model
       *[other] { $size_class }: { $count } models
    }






## data_table: Tables added for the charts, and the download links under the model table (pipeline/tables.py).

data_table--download = Download the whole table with exact figures:
data_table--caption_params =
    { $count ->
        [one] { $count } model by parameter count. Select a column heading to sort.
       *[other] { $count } models by parameter count, smallest first. Select a column heading to sort.
    }
data_table--caption_memory = Memory for the weights alone at each precision, for the featured models. Select a column heading to sort.
data_table--caption_downloads = { $count } downloadable weight files and estimates, per model and format. Select a column heading to sort.
data_table--format = Format
data_table--file = File or precision
data_table--bytes = Download size
data_table--bytes_per_param = Bytes per parameter

## translations: The Translations page (<!-- ls:translations -->): how far each language has got.

translations--caption = Translation coverage. The English original has { $pages } pages and { $keys } interface strings.
translations--language = Language
translations--pages_current = Pages up to date
translations--pages_outdated = Pages to update
translations--pages_missing = Pages not yet translated
translations--ui_strings = Interface strings translated
translations--ui_value = { $done } of { $total }
translations--not_published = not in the language menu yet

## notfound: The 404 page (overrides/404.html), one per language.

notfound--title = Page not found
notfound--text = There is no page at this address. It may have moved, or the link may have a typo.
notfound--home = Go to the home page

## palette: The light/dark switch in the header (its accessible name).

palette--to_dark = Switch to dark mode
palette--to_light = Switch to light mode

## explorer: The models explorer (models page) and the generated per-model pages.

explorer--packed_unknown_bits = packed weights, bit width not stated: the Hub's count is of packed numbers, not weights
explorer--search_label = Search models
explorer--search_placeholder = Name or id
explorer--filter_band = Size class
explorer--filter_family = Family
explorer--filter_format = Format
explorer--filter_gated = Access
explorer--filter_device = Fits on
explorer--any = Any
explorer--gated_open = Open
explorer--gated_gated = Gated (accept terms first)
explorer--reset = Clear filters
explorer--caption = Tracked models.
explorer--formats = Formats
explorer--first_view =
    { $order ->
        [downloads] The first { $shown } of the { $total } tracked models are listed: the featured ones, then the most downloaded.
       *[size] The first { $shown } of the { $total } tracked models are listed: the featured ones, then the others from the smallest up.
    }
explorer--no_script = Without JavaScript this table cannot be searched, filtered or sorted, and it shows only these rows; the CSV and JSON files under it hold every model.
explorer--matching =
    { $count ->
        [one] One of the { $total } models matches.
       *[other] { $count } of the { $total } models match.
    }





explorer--show_all = Show all { $total } models
explorer--show_more = Show more
explorer--no_match = No model matches these filters.
explorer--sort_hint = Select to sort
explorer--downloads = All models as a file:
explorer--back = ← All models
explorer--exact = exact: { $count }
explorer--downloads_heading = Downloads by format
explorer--no_downloads =
    { $estimated ->
        [yes] No file of this model is on record yet: the download size above is an estimate.
       *[no] No other download of this model (GGUF, MLX, …) is on record yet.
    }
explorer--memory_note = A real file where the site has one on record; otherwise an estimate (≈): 2 bytes a parameter for fp16, a Q8_0 or Q4_K_M GGUF for int8 and int4. For int8 and int4, the verdicts below use the GGUF, real or estimated, since that is the file llama.cpp runs; a LiteRT or MediaPipe file in this table is judged only in the browser-tab row.
explorer--instruct_variant = from the Instruct variant, same parameters
explorer--no_count = no parameter count in the data
explorer--weights_unknown = The data gives neither the files' sizes nor the number format of the default weights, so this size is not estimated. The “Memory at fp16” column gives the size at 16 bits.
explorer--mlx_build = MLX build
# An MLX build named by its bit width (repository tag "4bit"): the width as the site writes it elsewhere
explorer--mlx_bits = { $bits }-bit
explorer--fit_heading = Will it run?
explorer--device = Device
explorer--usable = Usable memory
explorer--verdict = Verdict
explorer--verdict_fits = fits
explorer--verdict_tight = tight
explorer--verdict_no = does not fit
explorer--verdict_unknown = unknown
explorer--fit_note = The least this model needs, in its smallest format at the shortest context: { $size }.
explorer--fit_unavailable = The device fit for this model is not available yet.
explorer--sources_heading = Where the figures come from
explorer--hub_link = Open on the Hugging Face Hub
explorer--source_link = Open the source
explorer--fetched = Read on { $date }
explorer--license = License: { $license }
explorer--license_other = License: the model's own terms (see its model card)
explorer--license_named = License: { $name } (the model's own terms, not a standard license the Hub has a tag for)
explorer--license_unknown = License: not recorded
explorer--access_open = open download
explorer--access_gated = Gated: accept the license on the Hub first
explorer--access_manual = Gated: request access on the Hub; the owner approves each request
explorer--access_unknown = access terms not recorded
explorer--terms_unknown = License and access terms not recorded
explorer--fetched_revision = Read on { $date }, revision { $revision }
explorer--scale_title = Featured models
explorer--filter_tag = Kind
explorer--tag_code = Code
explorer--tag_encoder = Encoder (classify, fill in)
explorer--filter_min = Parameters, at least
explorer--filter_max = Parameters, at most
explorer--min_placeholder = 1B
explorer--max_placeholder = 70B
explorer--fit_legend = Fits in memory
explorer--filter_memory = Or your own memory
explorer--memory_placeholder = 8 GB
explorer--fit_precision = Weights
explorer--fit_context = Context (tokens)
explorer--fit_assumes = Counted: { $precision } weights + KV cache at { $context } tokens (16-bit) + the buffers of the runtime that loads them (llama.cpp for int8 and int4, a vLLM-style server for fp16), within the device's usable memory, or all of the memory you type. A model whose context limit is shorter is left out.
explorer--bad_size = “{ $text }” is not a number of parameters. Type a number with B, M or T, such as 7B, 1.5B or 500M.
explorer--bad_memory = “{ $text }” is not an amount of memory. Type a number of gigabytes, such as 8, 8 GB or 8 GiB.




explorer--all_listed = All { $total } tracked models are listed.




explorer--first_listed = The first { $shown } of the { $total } tracked models are listed.




explorer--matching_partial = { $count } of the { $total } models match; the first { $shown } are listed.









## fit: "Will it run?" (pipeline/site/fit_view.py, fit_tables.py, docs/assets/js/fit-calculator.js)

fit--verdict--fits = fits
fit--verdict--tight = tight
fit--verdict--no = does not fit
fit--verdict--too-long = longer than the model's context
fit--verdict--unknown = unknown
fit--verdict_legend = Verdict
fit--kind--browser = Browser tab (WebGPU), { $size }
fit--kind--phone = Phone, { $size }
fit--kind--laptop = Apple-silicon laptop, { $size }
fit--kind--gpu = Gaming GPU, { $size }
fit--kind--datacenter_gpu = Data-center GPU, { $size }
fit--kind--mini_pc = Mini PC, { $size } unified memory
fit--device = Device
fit--memory = Memory
fit--usable_share = Usable share
fit--usable = Usable memory
fit--basis = Why that share (source)
fit--source = Specifications
fit--source_link = maker's page
# the capacity printed on the box when it differs from the GiB the device name gives (data/devices.yaml memory_reported)
fit--sold_as = sold as “{ $label }”
fit--none = none of the tracked models
fit--largest_int4 = Largest model that fits (4-bit)
fit--column_file = the repository's own { $format } file, run by { $runtime }
fit--web_build = Web build
fit--no_web_build = none recorded
fit--needs_web_build = needs a web build first
fit--largest_file = Largest single file
fit--needed = Memory needed
fit--tab_budget = In a tab
fit--caption_devices = Devices, the memory each reports and the share of it a model may use. Names give that memory in GiB, the binary unit devices report (8 GiB = 8.59 GB); every figure is in decimal GB, as everywhere on this site.
fit--caption_largest = Largest tracked model that fits each device with 16-, 8- and 4-bit weights, at { $context } tokens of context and a 16-bit KV cache (8- and 4-bit weights as GGUF in llama.cpp; 16-bit weights counted as in a vLLM-style server on every device, even phones and Macs, where vLLM does not run: a reference, not a recommendation). Names in GiB, figures in decimal GB.
fit--caption_ladder = Largest tracked model that fits each device with 4-bit weights (GGUF in llama.cpp), at { $context } tokens of context and a 16-bit KV cache. Names in GiB, figures in decimal GB (4 GiB = 4.29 GB).
fit--caption_browser_row = The browser-tab row counts only models with a web build, judged as in the browser table: the build's own memory, or an upper bound when its size is not recorded.
fit--caption_browser = Models that could run in a browser tab: web build, largest single file, and memory needed at { $context } tokens.
fit--caption_matrix = Verdict for each featured model on each device, 4-bit weights, { $context } tokens of context, or the model's own limit where that is shorter.
fit--calc_nojs = The calculator needs JavaScript. Without it, the tables below give the same answers for the preset devices.
fit--calc_device = Device
fit--calc_custom = Other: type your memory
fit--calc_gb = Usable memory (GB)
fit--calc_context = Context length
fit--calc_kv = KV-cache precision
fit--calc_kv_bits = { $bits }-bit
fit--calc_assumptions = Assumed: 16-bit weights run in a vLLM-style server, 8- and 4-bit weights as GGUF files in llama.cpp (a real file where the model has one); KV cache at { $kv }, { $context } tokens of context. A runtime without that cache type keeps the next finer one.
fit--calc_tokens = { $count } tokens
fit--calc_model = Model
fit--calc_needed = Memory needed
fit--calc_usable = Usable memory
fit--calc_summary = With { $usable } usable at { $context } tokens, 4-bit weights: fits { $fits }, tight { $tight }, does not fit { $no }.
fit--calc_invalid = Type a number of gigabytes, for example 16.
fit--calc_caption = Verdict for each tracked model with 16-, 8- and 4-bit weights. Same rule as the tables below.
fit--why--browser = the whole tab budget of a 32-bit WebAssembly heap
fit--why--phone = the system and the apps kept in memory take about half
fit--why--laptop =
    { $share ->
        [two_thirds] macOS lets the GPU use about 65–75 % of unified memory; with 32 GB or less we take two thirds
       *[three_quarters] macOS lets the GPU use about 65–75 % of unified memory; above 32 GB we take three quarters
    }
fit--why--gpu = the display, driver and runtime keep some video memory; servers commonly use 90 %
fit--why--mini_pc = the driver lets the GPU have up to 96 GiB of the 128 GiB
fit--why--datacenter_gpu = the display, driver and runtime keep some video memory; servers commonly use 90 %
fit--freshness =
    { $basis ->
        [live] The site tracks { $total } models. Every Hub model was read from the Hugging Face Hub, most recently on { $live_date }.
        [mixed] The site tracks { $total } models. { $live ->
            [one] One Hub model has been read from the Hugging Face Hub so far, on { $live_date };
           *[other] { $live } Hub models have been read from the Hugging Face Hub so far, most recently on { $live_date };
        } { $reconstructed ->
            [one] the other one still carries figures reconstructed from sourced facts gathered on { $reconstructed_date }, each fact with its source.
           *[other] the other { $reconstructed } still carry figures reconstructed from sourced facts gathered on { $reconstructed_date }, each fact with its source.
        }
       *[reconstructed] The site tracks { $total } models. None has been read live from the Hugging Face Hub yet: the figures of the { $reconstructed } Hub models were reconstructed from sourced facts gathered on { $reconstructed_date }, each fact with its source, and the scheduled refresh replaces them as it reads each model.
    }{ $published ->
        [0] {""}
        [one] {" "}One model is not on the Hub; it carries the size its maker published, or none if none was disclosed.
       *[other] {" "}{ $published } models are not on the Hub; each carries the size its maker published, or none where none was disclosed.
    }
# ls:freshness on the methodology page (its Freshness section): only the Hub models' state, not the site-wide
# paragraph home and the models page already give word for word (review 10 zh #11)
fit--freshness_update =
    { $basis ->
        [live] Today every Hub model's figures were read from the Hugging Face Hub itself, most recently on { $live_date }.
        [mixed] { $live ->
            [one] So far one Hub model has been read from the Hugging Face Hub, on { $live_date };
           *[other] So far { $live } Hub models have been read from the Hugging Face Hub, most recently on { $live_date };
        } { $reconstructed ->
            [one] the other one still carries figures reconstructed from facts gathered on { $reconstructed_date }.
           *[other] the other { $reconstructed } still carry figures reconstructed from facts gathered on { $reconstructed_date }.
        }
       *[reconstructed] Today the figures of all { $reconstructed } Hub models are reconstructed from facts gathered on { $reconstructed_date }; the scheduled refresh replaces a model's figures once it reads that model.
    }
provenance--hub_sources =
    { $basis ->
        [live] Every Hub model's data was read from the Hub API, most recently on { $live_date }. Every row carries its own date and a label saying how its figures were obtained, in the table and in the downloads.
        [mixed] { $live ->
            [one] One Hub model has been read from the Hub API so far;
           *[other] { $live } Hub models have been read from the Hub API so far;
        } { $reconstructed ->
            [one] the data of the other one still comes from a reconstructed snapshot, rebuilt from publicly recorded Hub responses and the test files of open-source libraries, until the scheduled refresh reaches it.
           *[other] the data of the other { $reconstructed } still comes from a reconstructed snapshot, rebuilt from publicly recorded Hub responses and the test files of open-source libraries, until the scheduled refresh reaches them.
        } Every row carries its own date and a label saying how its figures were obtained, in the table and in the downloads.
       *[reconstructed] So far, the data of every Hub model comes from a reconstructed snapshot, rebuilt from publicly recorded Hub responses and the test files of open-source libraries. Every row carries its own date and a label saying how its figures were obtained, in the table and in the downloads.
    }


fit--browser_listed = The table shows { $shown } of these { $total } models, from smallest to largest: the featured ones, plus the most downloaded of the rest. { $other ->
        [one] For the other one
       *[other] For the other { $other }
    }, search the model table: each model's page gives its verdict in a tab.







## web: Web quality (issue 14): the cue under a chart that scrolls sideways on a phone.

web--chart_scroll_hint = Scroll sideways to see the whole chart.

## heading: The ¶ link beside each heading (its tooltip and accessible name; pipeline/site/page_html.py).

heading--permalink = Permanent link

## table

table--int4_estimate_note = estimated from the tensor shapes in the model's config: the size of a Q4_K_M build, the most common 4-bit GGUF, tensor by tensor with llama.cpp's rule (some tensors stay at higher precision)
table--int4_estimate_count = estimated from the parameter count alone: the size of a Q4_K_M build at 4.5 bits a parameter. The tensor shapes are not on record, so the tensors llama.cpp keeps at higher precision are not counted, and the figure is a little lower than a shape-based one for a model of the same size

## calibration_chart: Calibration charts of the methodology page (issue 21): predicted against measured memory and speed.

calibration_chart--title = Predicted against measured memory
calibration_chart--speed_title = Speed: predicted against measured
calibration_chart--axis_measured = Measured memory (GB, log scale)
calibration_chart--axis_predicted = Predicted memory (GB, log scale)
calibration_chart--speed_axis_measured = Measured (tokens/s, log scale)
calibration_chart--speed_axis_predicted = Predicted (tokens/s, log scale)
calibration_chart--legend_runtime = Runtime
calibration_chart--legend_status = Observation
calibration_chart--status_tested = tested
calibration_chart--status_superseded = superseded, not tested
calibration_chart--row_superseded = — superseded, not tested
calibration_chart--run_qualified = { $name } ({ $note })
calibration_chart--run_repo_unnamed = repository not named
calibration_chart--run_ggml_ci = ggml CI conversion
calibration_chart--band = within { $percent }
calibration_chart--speed_band = measured ÷ predicted: { $range }
calibration_chart--tooltip = { $model }, { $runtime }, { $context } tokens: measured { $measured }, predicted { $predicted } ({ $error }).
calibration_chart--speed_tooltip = { $model }, { $runtime }, { $format } on { $device }: measured { $measured }, predicted { $predicted } tokens per second ({ $error }).
calibration_chart--summary_tested =
    { $count ->
        [one] { $count } measured memory total is tested against the rule, and it lies within { $tolerance } of the prediction: the miss is { $worst }. Points on the dashed line are predicted exactly; the shaded band is the test's tolerance.
       *[other] { $count } measured memory totals from llama.cpp, vLLM and MLX are tested against the rule, and every one lies within { $tolerance } of the prediction; the largest miss among them is { $worst }. Points on the dashed line are predicted exactly; the shaded band is the test's tolerance.
    }
calibration_chart--summary_superseded =
    { $count ->
        [one] { $count } older run, drawn as a ring, no longer reflects its runtime and is not tested.
       *[other] { $count } older runs, drawn as rings, no longer reflect their runtime and are not tested.
    }{ $overlap ->
        [together] {" "}Their points lie almost on the same spot, so they show as one ring.
        [some] {" "}Some of them lie almost on top of another point.
       *[none] {""}
    }
calibration_chart--speed_summary = { $count } measured decode speeds, one request at a time, against the speed predicted from memory bandwidth. Measured speed lies between { $low } and { $high } times the prediction, the range the site gives with every estimate.
calibration_chart--caption_memory =
    { $count ->
        [one] { $count } memory measurement: the run (linked to its source), context, measured and predicted memory, and the error.
       *[other] { $count } memory measurements: the run (linked to its source), context, measured and predicted memory, and the error.
    }
calibration_chart--caption_speed =
    { $count ->
        [one] { $count } decode-speed measurement: the run (linked to its source), device, measured and predicted tokens per second, and the error.
       *[other] { $count } decode-speed measurements: the run (linked to its source), device, measured and predicted tokens per second, and the error.
    }
calibration_chart--caption_worst =
    { $count ->
        [one] The largest miss, superseded runs included, and why it misses.
       *[other] The { $count } largest misses, superseded runs included, and why each one misses.
    }
calibration_chart--sign_convention = Error = (predicted − measured) ÷ measured: a negative error means the rule predicted less than was measured.
calibration_chart--col_run = Run
calibration_chart--col_context = Context (tokens)
calibration_chart--col_measured = Measured
calibration_chart--col_predicted = Predicted
calibration_chart--col_error = Error
calibration_chart--col_device = Device
calibration_chart--col_measured_speed = Measured (tokens/s)
calibration_chart--col_predicted_speed = Predicted (tokens/s)
calibration_chart--col_reason = Why it misses
calibration_chart--reason_full_mask = Run before mlx-lm pull request #40, when MLX built a full attention mask for a long prompt (about 3 GB more). Superseded, so it is not tested.
calibration_chart--reason_small_batch = The run processed 128 tokens at a time; the rule assumes llama.cpp's default batch of 512, whose output buffer is four times larger.
calibration_chart--reason_micro_batch = Run with a micro-batch of 1,024 tokens (-ub 1024) over four GPUs, whose compute buffers are larger than the rule allows for.
calibration_chart--reason_gib = An older mlx-lm printed this peak as “GB” but counted GiB; read as GiB, it lies { $gap } below the prediction, about the fixed { $mlx_fixed } the rule adds for MLX.

## fit_notes: Fit tables (issue 21): which context a row was judged at, and the figure behind "does not fit".

fit_notes--caption_browser = Models that could run in a browser tab: web build, largest single file, and memory needed at { $context } tokens of context, or at the model's own limit where that is shorter (the row says so). For a WebLLM build the memory is the figure WebLLM states for it.
fit_notes--at_own_limit = { $verdict } at its { $count }-token limit
fit_notes--needs_build_at_own_limit = { $verdict }: it needs a web build first; memory at its { $count }-token limit
fit_notes--build_size_unknown = { $verdict }: the build's own size is not recorded. With 32-bit weights (the largest case) it would need { $bound }, more than the { $usable } a tab can use; with 4-bit weights it needs ≈ { $size } at { $count } tokens. The verdict depends on the build's precision
fit_notes--build_size_unknown_file = { $verdict }: the build's own size is not recorded. With 32-bit weights (the largest case) its weights would take { $bound }, over the { $limit } limit on a single file; with 4-bit weights it needs ≈ { $size } at { $count } tokens. The verdict depends on how the build is stored
fit_notes--build_size_unrecorded = { $verdict }: the build's own size is not recorded; ≈ memory with the model's 4-bit weights at { $count } tokens
fit_notes--upper_bound = { $verdict }: the build's own size is not recorded, but even with 32-bit weights (the largest case) it needs only { $size } at { $count } tokens
fit_notes--file_over_limit = { $verdict }: its largest file, { $size }, is over the { $limit } limit on a single file
fit_notes--over_budget = { $verdict }: it needs { $size }, more than the { $usable } a tab can use
fit_notes--over_budget_at_own_limit = { $verdict }: at its { $count }-token limit it needs { $size }, more than the { $usable } a tab can use
fit_notes--weights_alone = { $verdict }: the weights alone, { $size }, exceed the { $usable } usable
fit_notes--no_build_weights_alone = { $verdict }: no web build is recorded, and its weights alone, { $size }, exceed the { $usable } usable
fit_notes--weights_and_buffers = { $verdict }: the weights, { $size }, and the runtime's buffers already take more than the { $usable } usable, with no room left for the KV cache
fit_notes--calc_caption = Verdict for each tracked model with 16-, 8- and 4-bit weights at the context you choose; a model whose own limit is shorter is “longer than the model's context” here, while the browser-tab table below judges it at its own limit and says so. Same rule as the tables below.

## model_fit: Model pages (issue 23 item 4): what the verdicts assume, per device the longest context and speed.

model_fit--active = { $active } of the { $total } parameters work on each token ({ $basis }). The total counts every expert: all of them stay in memory, so memory figures use the total and speed estimates the active share.
model_fit--active_files = { $active } of the { $total } parameters work on each token ({ $basis }). The total counts every tensor in the model's weight files, every expert included: all of them stay in memory, so memory figures use the total and speed estimates the active share.
model_fit--active_main = { $active } of the main model's { $main } parameters work on each token ({ $basis }). The total of { $total } counts every tensor in the weight files: every expert, all of which stay in memory, and a multi-token-prediction module of { $mtp } that is stored with the weights but not run in ordinary decoding. Memory figures use the total, speed estimates the active share.
model_fit--counted_files = The total counts every tensor in the model's weight files.
model_fit--counted_files_vision = The total counts every tensor in the model's weight files, the vision encoder's included.
model_fit--mtp = The total includes a multi-token-prediction module of { $mtp } parameters, stored with the weights but not run in ordinary decoding; the main model has { $main }.
model_fit--limit = Longest context the model accepts: { $count } tokens.
model_fit--limit_unknown = The model's data does not state the longest context it accepts.
model_fit--weights_unknown = unknown ({ $reason ->
        [count] the site's data has neither file sizes nor a parameter count
       *[dtype] the site's data has neither file sizes nor the stored number format
    })
model_fit--assumes = Each verdict below assumes { $format } weights run in { $runtime }, { $context } tokens of context and { $kv ->
        [none] no KV cache (an encoder-only model)
       *[other] a { $kv }-bit KV cache
    }.
model_fit--assumes_own_limit = Each verdict below assumes { $format } weights run in { $runtime }, { $context } tokens of context (the model's own limit, shorter than the site's usual { $usual }) and { $kv ->
        [none] no KV cache (an encoder-only model)
       *[other] a { $kv }-bit KV cache
    }.
model_fit--assumes_estimate_own_limit = Each verdict below assumes an estimated { $build } GGUF (≈ { $size }) run in { $runtime }, { $context } tokens of context (the model's own limit, shorter than the site's usual { $usual }) and { $kv ->
        [none] no KV cache (an encoder-only model)
       *[other] a { $kv }-bit KV cache
    }.
model_fit--assumes_estimate = Each verdict below assumes an estimated { $build } GGUF (≈ { $size }) run in { $runtime }, { $context } tokens of context and { $kv ->
        [none] no KV cache (an encoder-only model)
       *[other] a { $kv }-bit KV cache
    }.
model_fit--browser_row = The browser-tab row follows the browser table instead: a web build recorded for the model is judged by its own memory; with none recorded, the model does not fit when its weights alone exceed the tab, and is unknown otherwise. No context or speed is worked out there.
model_fit--web_build = { $verdict }: its web build, { $build }, needs { $size }
model_fit--web_build_file = { $verdict }: a file of its web build, { $build }, weighs { $size }, more than the { $limit } a tab loads at once
model_fit--web_build_unsized = { $verdict }: its web build, { $build }, is recorded without its size
model_fit--caption = Per device: usable memory, the verdict, the longest context still rated “fits” (below the “tight” line) and the estimated decode speed. The verdict is for the context stated above; where “does not fit” stands beside a token figure, the model fits once the context is cut to that figure.
model_fit--col_context = Longest context with headroom
model_fit--col_speed = Tokens per second (range)
model_fit--context_none = none
model_fit--context_full = all { $count } tokens
model_fit--context_tokens = { $count } tokens
model_fit--speed = ≈ { $speed } ({ $low }–{ $high })
model_fit--speed_unknown = memory bandwidth not known
model_fit--speed_not_generating = not applicable: it generates no text
model_fit--speed_note = Tokens per second: each new token reads the active weights and the KV cache once, at { $efficiency } of the device's memory bandwidth plus a fixed delay, fitted on published measurements; measured speeds lie between { $low } and { $high } times the estimate, the range in brackets.
model_fit--calculator_link = Open this model in the calculator to choose another format, context, KV-cache precision or device.
model_fit--calculator_offload = No device in this list holds the whole model. Open it in the calculator to split it between a GPU and system RAM (CPU offload) and see the speed that leaves.

## hub_model: Any Hub model in the calculator (issue 23; pipeline/site/hub_field.py, docs/assets/js/hub-model.js).

hub_model--label = Any model on the Hugging Face Hub: its id or address
hub_model--button = Read from the Hub
hub_model--note = Only when you press the button does your browser read this model's config.json and its safetensors parameter counts from { $endpoint }, with no token and no sign-in; nothing else is sent.
hub_model--loading = Reading { $id } from the Hub…
hub_model--invalid = “{ $text }” is not a Hub model id. Write it as owner/name, for example Qwen/Qwen3-8B, or paste the model's address.
hub_model--not_found = The Hub has no public model named { $id }. Check the spelling; private models cannot be read here.
hub_model--gated = { $id } is gated: the Hub gives its files only to signed-in users who accepted its terms, so this page cannot read its config.json.
hub_model--timeout = The Hub did not answer within { $seconds } seconds. Try again later; the calculator above keeps working.
hub_model--malformed = The Hub's answer for { $id } ({ $file }) is not valid JSON, so nothing was computed from it.
hub_model--failed = The Hub could not be reached or answered with an error ({ $status }). Try again later; the calculator above keeps working.
hub_model--no_config = { $id } has no config.json, so only what its safetensors metadata says is shown.
hub_model--unknown_arch = { $id } is of a model type this site does not model ({ $type }), so some figures below are estimates or unknown.
hub_model--computed = Computed from its config: { $items }.
hub_model--not_computed = Could not be computed: { $items }.
hub_model--item_params = parameters
hub_model--item_active = active parameters
hub_model--item_kv = KV cache
hub_model--item_context = context limit
hub_model--item_weights = weight sizes
hub_model--params = { $name } has { $params } parameters.
hub_model--params_unknown = Its parameter count could not be computed: { $reason }.
hub_model--active = It is a mixture of experts: { $active } parameters are used per token.
hub_model--context = Its context limit is { $tokens } tokens.
hub_model--context_unknown = Its config states no context limit.
hub_model--kv = Its KV cache at 16 bits takes { $bytes } per token of context.
hub_model--kv_window = Its KV cache at 16 bits takes { $bytes } per token of context, plus { $sliding } per token in sliding-window layers for at most { $window } tokens.
hub_model--kv_state = It also keeps a fixed state of { $bytes }.
hub_model--kv_none = It keeps no KV cache that grows with the context (an encoder-only or state-space model).
hub_model--kv_unknown = Its KV cache could not be computed: { $reason }.
hub_model--weights_title = Weights in each format (≈ marks an estimate where the repository has no such file):
hub_model--weights_item = { $format }: { $size }
hub_model--weights_item_estimated = { $format }: ≈ { $size }

## display: Display names and joins (pipeline/i18n/display_names.py, explorer.py): an in-browser build as the runtime and its quantization; an aside in brackets; a label before its value.

display--web_build = { $runtime } ({ $variant })
display--runtime_browser = Transformers.js, MediaPipe, WebLLM or wllama (in-browser runtimes)
display--aside = {" "}({ $text })
display--label = { $label }:{" "}
display--source_note = {" "}— { $label }:{" "}{ $text }
display--basis_date = { $basis } · { $date }

## calc: The calculator, one view per question (issue 23): pipeline/site/fit_view.py calculator() and docs/assets/js/fit-calculator.js, which reads every message through msg().

calc--nojs = The calculator needs JavaScript. Without it, the tables below give the answers for the preset devices.
calc--model = Model
calc--model_placeholder = Name or id, such as llama 8b
calc--model_options = Models matching your search
calc--model_none = No tracked model matches “{ $text }”.
calc--model_failed = The figures for “{ $name }” could not be loaded.
calc--device = Device
calc--own = Your own device
calc--own_legend = Your device
# a ladder device's name in a verdict (pt, zh: in quotes); the reader's own device is said without (review 6, pt)
calc--device_named = { $name }
calc--own_name =
    { $count ->
        [one] your GPU ({ $size })
       *[other] your { $count } GPUs ({ $size } each)
    }
calc--own_needs_vram = Type your GPU's memory, such as 8.
calc--vram = GPU memory (GB, as sold)
calc--gpus = Identical GPUs
calc--bandwidth = Memory bandwidth (GB/s)
calc--ram = System RAM (GB, as sold)
calc--format = Weight format
calc--format_file = { $format }: { $size }
calc--format_estimate = ≈ { $format } (estimate: no file of this format recorded here): { $size }
calc--format_unknown = { $format }: size unknown
calc--format_mlx = { $format } runs in MLX, which needs an Apple-silicon Mac, so { $device } is shown with the default format.
calc--context = Context (tokens)
calc--limit = This model reads at most { $limit } tokens.
calc--limit_none = This model states no context limit.
calc--kv = KV-cache precision
calc--kv_bits = { $bits }-bit
calc--kv_kept = { $runtime } has no { $asked }-bit KV cache, so it keeps { $bits }-bit values.
calc--kv_mla = { $runtime } keeps this model's MLA keys and values apart, so its KV cache is about { $factor } times vLLM's, which keeps one latent for both.
# Issue 23: a context that does not fit would at a smaller KV-cache precision (calc-offload.js).
calc--kv_smaller =
    { $verdict ->
        [fits] With the KV cache at { $bits } bits (KV-cache precision, above), it would need { $total } and fit.
       *[tight] With the KV cache at { $bits } bits (KV-cache precision, above), it would need { $total }: tight, so it may not load.
    }
calc--tag = Kind
calc--tag_all = All kinds
calc--tags--instruct = Instruct or chat
calc--tags--base = Base (pretrained only)
calc--tags--reasoning = Reasoning
calc--tags--embedding = Embedding
calc--tags--moe = Mixture of experts
calc--tags--vision-language = Vision and language
calc--tags--speech = Speech
calc--list_button = List every model that fits or is tight
calc--bad_number = “{ $text }” is not a number. Type a number such as { $example }.
calc--bad_link = The link asks for { $name } “{ $value }”, which is not known here, so it was left out.
calc--unknown_model_link = The link asks for model “{ $value }”, which is not among this site's models.
calc--verdict--fits = { $model } in { $format } needs { $total } of the { $usable } usable on { $device }, at { $context } tokens.
calc--verdict--tight = { $model } in { $format } needs { $total } of the { $usable } usable on { $device }, more than { $share } of it, at { $context } tokens, so it may not load.
calc--verdict--no = { $model } in { $format } needs { $total }, but only { $usable } is usable on { $device }, at { $context } tokens.
calc--verdict--no_weights = { $model } in { $format } needs { $weights } for its weights alone, more than the { $usable } usable on { $device }.
calc--verdict--too-long = { $context } tokens is longer than the context of { $model }, which reads at most { $limit } tokens.
calc--verdict--unknown = Not enough is known about { $model } in { $format } to say whether it fits on { $device }.
calc--bar = Memory needed, { $total }, against { $usable } usable
calc--bar_weights = Weights: { $size }
calc--bar_kv = KV cache: { $size }
calc--bar_overhead = Runtime buffers: { $size }
calc--bar_usable = Usable memory: { $size }
calc--bar_tight = Tight above { $share } of it
calc--largest =
    { $count ->
        [one] The longest context that fits: { $count } token.
       *[other] The longest context that fits: { $count } tokens.
    }
calc--largest_all =
    { $count ->
        [one] At the model's limit, { $count } token, it fits.
       *[other] At the model's limit, { $count } tokens, it fits.
    }
calc--largest_none = Not even a one-token context fits.
calc--largest_gpu_none = It does not fit on the GPU alone, not even with a one-token context.
calc--largest_unknown = The longest context that fits is unknown: the model states no context limit.
calc--largest_both = Longest context with headroom: { $headroom }; up to { $runs } tokens{ $full ->
        [yes] {" "}(the model's limit)
       *[no] {""}
    } if you accept tight.
calc--largest_tight_only = No context leaves headroom; the longest that runs, tight{ $full ->
        [yes] {" "}(the model's limit)
       *[no] {""}
    }: { $runs } { $runs ->
        [one] token
       *[other] tokens
    }.
calc--too_long_also = And { $context } tokens is longer than the context of { $model }, which takes at most { $limit } tokens.
calc--bar_partial = Memory counted, { $total } (the weights and what is known), against { $usable } usable
calc--unknown = unknown
calc--not_counted = not counted, past the model's limit
calc--speed = About { $speed } tokens per second (likely { $low } to { $high }): { $read } read per token at { $bandwidth } of memory bandwidth.
calc--speed_moe = About { $speed } tokens per second (likely { $low } to { $high }): a mixture of experts reads only its { $active } active parameters of { $params } for each token, { $read } at { $bandwidth } of memory bandwidth.
calc--speed_none = No speed estimate: this device's memory bandwidth is not stated.
calc--speed_rule = How: seconds per token = bytes read ÷ (bandwidth × { $efficiency }) + { $latency } ms, fitted to measured decode speeds; the range spans the slowest and fastest measured runs against this rule.
# Review 9 (he #1): an encoder-only or embedding model generates no text: no speed, and no KV cache in the bar.
calc--no_decode = No speed estimate: an encoder-only model does not generate text token by token.
calc--kv_none = none (an encoder-only model)
calc--assume_encoder = Assumed: { $format } run by { $runtime }, no KV cache (an encoder-only model), the runtime's buffers at { $context } tokens, and { $usable } of { $gpu ->
        [yes] the GPU memory
       *[other] the device's memory
    } usable.
# Review 9 (he #3): the context asked is the model's maximum, or was set to it (calc-offload.js LSCalcOffload.enc).
calc--largest_at_max = That is also the model's maximum context.
calc--largest_capped = The context was set to { $count } tokens, the model's maximum.
calc--offload =
    { $count ->
        [one] With CPU offload (an estimate): { $layers } of its { $count } layer on the GPU ({ $gpu }), the rest in system RAM ({ $cpu }), at about { $speed } tokens per second (likely { $low } to { $high }).
       *[other] With CPU offload (an estimate): { $layers } of its { $count } layers on the GPU ({ $gpu }), the rest in system RAM ({ $cpu }), at about { $speed } tokens per second (likely { $low } to { $high }).
    }
calc--offload_nospeed =
    { $count ->
        [one] With CPU offload (an estimate): { $layers } of its { $count } layer on the GPU ({ $gpu }), the rest in system RAM ({ $cpu }); no speed without the GPU's memory bandwidth.
       *[other] With CPU offload (an estimate): { $layers } of its { $count } layers on the GPU ({ $gpu }), the rest in system RAM ({ $cpu }); no speed without the GPU's memory bandwidth.
    }
calc--offload_no_ram = Even with CPU offload it does not fit: the layers left for system RAM need { $cpu }, and the system has only { $ram } of RAM (the { $typed } typed in the field count as GiB, as makers count them).
calc--offload_ask_ram = Type your system RAM to see how many layers could stay on the GPU with the rest in RAM.
calc--offload_engine = A CPU and GPU split is worked out for GGUF files in llama.cpp only: pick { $formats } in the list to see one, worked out at that file's size, not at the { $weights } of { $format }.
calc--offload_engine_none = A CPU and GPU split is worked out for GGUF files in llama.cpp, and this model offers none.
calc--offload_rule = How: as llama.cpp's --n-gpu-layers, each layer carries an equal share of the weights and KV cache, and the runtime's buffers stay on the GPU; system RAM is assumed to read { $ram_bandwidth } (dual-channel DDR5-5600), and the speed adds the time to read each part from its own memory; all of the system RAM is counted as free, which is optimistic: the operating system and open apps use some of it.
calc--assume = Assumed: { $format } run by { $runtime }, KV cache kept at { $bits } bits, the runtime's buffers at { $context } tokens, and { $usable } of { $gpu ->
        [yes] the GPU memory
       *[other] the device's memory
    } usable.
calc--assume_estimate = No file of this format is recorded here: its size is estimated (≈).
calc--assume_own = Your GPU memory is read as the maker's GB, which are GiB, and { $share } of it is usable, as on the preset GPUs.
calc--gpus_rule_vllm = vLLM splits every layer across the GPUs (tensor parallelism, --tensor-parallel-size { $count }), and each GPU keeps its own runtime buffers, counted once per GPU; { $usable } usable in all.
calc--gpus_speed_vllm = The speed estimate above is worked out as for one GPU; with tensor parallelism the GPUs work at the same time, so the real speed is usually higher.
calc--gpus_rule =
    { $count ->
        [one] { $count } GPU.
       *[other] { $count } identical GPUs: the layers are split between them (llama.cpp's default --split-mode layer), and each keeps its own runtime buffers, counted { $count } times; { $usable } usable in all. The GPUs work in turn, so a token takes as long as on one of them.
    }
calc--reverse_heading = Every model that fits
calc--family--fp16 = 16-bit
calc--family--int8 = 8-bit
calc--family--int4 = 4-bit
calc--summary =
    { $count ->
        [one] { $count } model with { $family } weights at { $context } tokens on { $device }: { $counts }.
       *[other] { $count } models with { $family } weights at { $context } tokens on { $device }: { $counts }.
    }
calc--count--fits =
    { $count ->
        [one] { $count } fits
       *[other] { $count } fit
    }
calc--count--tight =
    { $count ->
        [one] { $count } is tight
       *[other] { $count } are tight
    }
calc--count--no =
    { $count ->
        [one] { $count } does not fit
       *[other] { $count } do not fit
    }
calc--count--too-long =
    { $count ->
        [one] { $count } has a shorter context
       *[other] { $count } have a shorter context
    }
calc--too_long_apart = { $count ->
        [one] One model was not checked here because its maximum context is shorter than { $context } tokens
       *[other] { $count } models were not checked here because their maximum context is shorter than { $context } tokens
    }; the chart below judges each model at { $chart } tokens, or at its own limit where that is shorter.
calc--count--unknown =
    { $count ->
        [one] { $count } is unknown
       *[other] { $count } are unknown
    }
calc--count--unrecorded =
    { $count ->
        [one] { $count } fits in memory with no recorded context limit
       *[other] { $count } fit in memory with no recorded context limit
    }
calc--unrecorded_apart =
    { $count ->
        [one] { $count } model fits in memory, but no context limit is recorded for it, so it is not counted among the fits at this context: { $names }.
       *[other] { $count } models fit in memory, but no context limit is recorded for them, so they are not counted among the fits at this context: { $names }.
    }
calc--reverse_caption = Models that fit, largest first.
calc--reverse_none = No model of this kind fits.
calc--col_model = Model
calc--col_format = Format
calc--col_needed = Memory needed
calc--col_verdict = Verdict
calc--col_largest = Longest context (with headroom / tight)
calc--col_speed = Tokens per second
calc--scroll_hint = Scroll sideways to see every column.
calc--model_no_match = No tracked model matches “{ $text }”. Try a shorter name, or paste a Hub id (owner/name) and press Enter.
# Issue 23: the model search shows 8 options; how many more match, drawn by calc-search.js.
calc--model_more =
    { $count ->
        [one] One more model matches: type more of the name to see it.
       *[other] { $count } more models match: type more of the name to see them.
    }

# Reverse list (review 4): its heading and order as shown, the models it leaves out and why, the browser tab's rule.
calc--reverse_heading_runs = Every model that fits or is tight
calc--reverse_caption_order = Models that fit or are tight (the Verdict column says which), most parameters first; models whose parameter count is not known come last, those needing the most memory first.
calc--unknown_left_out =
    { $count ->
        [one] { $count } model is left out because its verdict is unknown: its KV cache is not known, or it has no weights of this precision ({ $names }). Pick it in the Model field to see what is missing.
       *[other] { $count } models are left out because their verdict is unknown: their KV cache is not known, or they have no weights of this precision ({ $names }). Pick one in the Model field to see what is missing.
    }
calc--summary_web =
    { $count ->
        [one] { $count } model has a web build recorded here, judged on { $device } as in the browser table, at { $context } tokens: { $counts }.
       *[other] { $count } models have a web build recorded here, judged on { $device } as in the browser table, at { $context } tokens: { $counts }.
    }
calc--web_rule = How: in a tab only a build made for the browser counts (WebLLM, Transformers.js, MediaPipe, LiteRT), never a GGUF or safetensors file, and no single file may exceed the browser's file limit. A WebLLM build needs the memory WebLLM states for it, at its own context; another build needs its weights plus the KV cache and runtime buffers at your context or, if its size is not recorded, at most its 32-bit size. No speed is estimated in a tab.
calc--web_left_out =
    { $count ->
        [one] { $count } more model has no web build recorded, so it is left out.
       *[other] { $count } more models have no web build recorded, so they are left out.
    }
# Review 8 (ar #13): a row that is itself a web build (Transformers.js), off a browser tab (calc-list.js).
calc--web_only_left_out =
    { $count ->
        [one] { $count } more model is itself a web build, judged in a browser tab only, so it is left out here.
       *[other] { $count } more models are themselves web builds, judged in a browser tab only, so they are left out here.
    }
# Review 5 (fcalc): one model on a browser tab (calc-list.js LSCalcList.one).
calc--web_none = Unknown: no web build of { $model } is recorded here, and a browser tab runs only a build made for the browser.
calc--web_stated = { $model } in { $format } needs { $total } of the { $usable } usable on { $device }, as { $runtime } states it for the build's own context.
calc--web_stated_no = { $model } in { $format }, on { $device }: needs { $total }, but only { $usable } is available (the figure { $runtime } gives for the context the build was made for).
calc--web_file = { $model } in { $format } does not fit on { $device }: one of its files is larger than a browser tab can load.
# Review 9 (ar #1): no web build, and even its 4-bit weights exceed the tab: the verdict the model page and the fit chart give.
calc--web_none_weights = Does not fit: no web build of { $model } is recorded here, and its weights alone are { $weights }, more than the { $usable } available in the tab.
explorer--fit_assumes_web = Counted in a browser tab: only a build made for the browser (WebLLM, Transformers.js, MediaPipe, LiteRT), judged as in the calculator and the browser table at { $context } tokens; the weight precision chosen here does not apply. A model with no web build recorded, or whose context limit is shorter, is left out.
# Review 5 (fcalc): past the model's context limit the KV cache and buffers are not counted, so not assumed either.
calc--assume_past = Assumed: { $format } run by { $runtime } and { $usable } of { $gpu ->
        [yes] the GPU memory
       *[other] the device's memory
    } usable; the KV cache and the runtime's buffers are not counted, because { $context } tokens is past the model's limit.
calc--offload_past = No CPU and GPU split is worked out past the model's limit, since the KV cache there is not counted: pick a context of at most { $limit } tokens to see one.
# Review 5 (fcalc): a model whose size was never published (GPT-4): the reason, not an int4 file.
calc--undisclosed = Unknown: the parameter count of { $model } has not been published and its weights have not been released, so there is nothing to run on { $device }.
# Review 5 (fcalc): the list's longest-context cell for a model that states no limit.
calc--col_no_limit = unknown (no context limit recorded)
calc--col_build_context = unknown (memory known at its build's own context only)
calc--col_none = none
calc--col_at_limit = { $tokens } (model's limit)
# Review 9 (ar #3): the headroom half of a tight model's longest-context cell ("no headroom / 26,013").
calc--col_no_headroom = no headroom
calc--unknown_undisclosed =
    { $count ->
        [one] { $count } model is left out because its parameter count has not been published.
       *[other] { $count } models are left out because their parameter count has not been published.
    }
explorer--fit_unknown =
    { $count ->
        [one] { $count } more model matches but is left out: too little is known about it (its size is not published or its KV cache is unknown) to say whether it fits.
       *[other] { $count } more models match but are left out: too little is known about them (a size not published or a KV cache unknown) to say whether they fit.
    }
explorer--fit_unrecorded =
    { $count ->
        [one] { $names } fits in memory too, but is not listed among the fits: no context limit is recorded for it.
       *[other] { $names } fit in memory too, but are not listed among the fits: no context limit is recorded for them.
    }
