# Messages of LLM Sizes (zh), Project Fluent syntax: https://projectfluent.org/fluent/guide/
# Ids are the dotted keys of the Python API with each '.' written '--'. Keep every { $variable } of
# the English message; write whole sentences, with a select ({ $count -> … }) where the words change.

## language

language--name = 简体中文
language--dir = ltr

## site

site--name = LLM Sizes
site--description =
    { $basis ->
        [live] 大语言模型到底有多大：参数量、下载大小和运行时内存，数据读自 Hugging Face Hub。
        [mixed] 大语言模型到底有多大：参数量、下载大小和运行时内存，数据来自 Hugging Face Hub 和注明出处的资料。
       *[reconstructed] 大语言模型到底有多大：参数量、下载大小和运行时内存，每个数字都注明依据。
    }






## figure

figure--unknown = 未知
figure--undisclosed = 未公开
figure--approx = ≈ { $value }
# ls:speed: a model's estimated decode speed on a device, the model page's figure and range; $speed selects the form (a decimal such as 4.7 takes the default)
figure--speed = 约每秒 { $speed } 个词元（大概在 { $low } 到 { $high } 之间）

## units

units--kB = kB
units--MB = MB
units--GB = GB
units--GiB = GiB
units--TB = TB

## table

table--caption_models = 共 { $count } 个模型，按参数量从小到大排列。
table--model = 模型
table--params = 参数量
table--size_class = 量级
table--dtype = 存储类型
table--weights = 下载大小（默认权重）
table--memory_fp16 = fp16 内存占用
table--memory_int4 = int4 内存占用
table--basis = 数据来源
table--stale = 未能更新
table--estimated_note = 根据参数量估算，并非实测的文件大小
table--caption_size_classes = 各量级的参数范围，以及本站收录的模型在其中的数量
table--caption_precision = { $model }：不同精度下仅权重所需的内存
table--range = 参数范围
table--range_below = { $high }以下
table--range_from = { $low }及以上
table--count = 模型数
table--examples = 示例
table--precision = 精度
table--bytes_per_param = 每个参数的字节数
table--memory = 权重所需内存

## basis

basis--hub-safetensors = Hub（safetensors）
basis--hub-gguf = Hub（GGUF）
basis--file-sizes = 实际文件大小
basis--config-count = 根据配置计算
basis--config-estimate = 根据配置估算
basis--published = 官方公布数据
basis--reconstructed = 重建的快照
basis--third-party = 第三方数据

## size_class

size_class--under-1b = 1B 以下
size_class--1b = 1–2B
size_class--2b-4b = 2–5B
size_class--7b-9b = 5–10B
size_class--10b-20b = 10–20B
size_class--20b-40b = 20–40B
size_class--40b-100b = 40–100B
size_class--100b-300b = 100–300B
size_class--300b-1t = 300B–1T
size_class--1t-plus = 1T 及以上

## notice

notice--fallback = 本页尚未翻译成{ $language }，你看到的是英文原文。
notice--outdated = 本页的英文原文在翻译之后有过改动。<a href="{ $url }">阅读最新英文版</a>
notice--data_as_of =
    { $basis ->
        [live] 本页数字读自 Hugging Face Hub，最近一次读取在 { $live_date }。
        [mixed] 本页有 { $live } 个模型的数字读自 Hugging Face Hub，最近一次在 { $live_date }；其余依据 { $reconstructed_date }收集的有出处资料重建。
       *[reconstructed] 本页数字依据 { $reconstructed_date }收集的有出处资料重建，目前还没有哪个数字是直接从 Hugging Face Hub 实时读取的。
    }{ $published ->
        [0] {""}
       *[other] 不在 Hub 上的模型，规模以开发方公布的数字为准；没有公布的标为“未公开”。
    }





notice--stale_models = 有 { $count } 个模型未能刷新，沿用上一次的有效数据（标为“未能更新”）。
notice--freshness_more = 数据如何更新，详见“数据说明”页的“<a href="{ $url }">数据更新</a>”一节。

## glossary

glossary--parameter = 参数
glossary--parameter_count = 参数量
    .avoid = 参数数量
glossary--size_class = 量级
    .avoid = 重量级别 | 规模档
glossary--download_size = 下载大小
glossary--weights = 权重
glossary--quantization = 量化
    .avoid = 量子化
glossary--precision = 精度
glossary--pruning = 剪枝
    .avoid = 修剪
glossary--distillation = 知识蒸馏
    .avoid = 知识提炼
glossary--lora = LoRA（低秩适配）
glossary--parameter_sharing = 参数共享
glossary--mixture_of_experts = 混合专家（MoE）
glossary--active_parameters = 激活参数
glossary--kv_cache = KV 缓存
glossary--context_window = 上下文窗口
glossary--inference = 推理
    .avoid = 推断
glossary--on_device = 端侧
glossary--model_card = 模型卡片
glossary--token = 词元（token）
    .avoid = 令牌
glossary--base_model = 基础模型（仅预训练）
    .avoid = 基座（仅预训练）
glossary--instruct_model = 指令或对话
    .avoid = 对话或指令
glossary--reasoning_model = 推理
glossary--embedding_model = 嵌入（embedding）
glossary--unified_memory = 统一内存
    .avoid = 共享内存
glossary--model_id = 模型名称或 ID
glossary--offloading = 卸载到系统内存

## translations

translations--caption = 翻译进度。英文原文共有 { $pages } 个页面和 { $keys } 条界面文字。
translations--language = 语言
translations--pages_current = 已是最新的页面
translations--pages_outdated = 需要更新的页面
translations--pages_missing = 尚未翻译的页面
translations--ui_strings = 已翻译的界面文字
translations--ui_value = { $done } / { $total }
translations--not_published = 尚未列入语言菜单

## chart: Charts (pipeline/chart_specs.py, pipeline/charts.py): titles, axes, legends, tooltips, captions.

chart--fit--title = 重点模型在各设备上的结论（4 位权重，4,096 个词元；模型上限更短时按其上限）
chart--fit--summary =
    { $small_count ->
        [0] { $total } 个重点模型中，最小的设备“{ $small }”一个也装不下
       *[other] { $total } 个重点模型中，最小的设备“{ $small }”装得下 { $small_count } 个
    }{ $large_count ->
        [0] ，最大的设备“{ $large }”也一个都装不下
       *[other] ，最大的设备“{ $large }”装得下 { $large_count } 个
    }（按 4 位权重、4,096 个词元的上下文计算，模型上限更短时按其上限；浏览器标签页只计入已记录的网页版本）。





chart--show_numbers = 查看图表数据
chart--scale--title = 本站收录的每个模型的参数量
chart--scale--axis_params = 参数量（对数刻度，每条网格线 ×10）
chart--scale--legend = 量级
chart--scale--tooltip = { $name }（{ $id }）：{ $params }个参数，量级 { $size_class }
chart--scale--undisclosed = 规模未公开，未绘制
chart--scale--unknown = 暂无数据，未绘制
chart--scale--summary = { $count } 个已知规模的模型画在同一条对数坐标轴上，每条网格线是前一条的十倍：从 { $smallest_name }（{ $smallest }个参数）到 { $largest_name }（{ $largest }个参数）。
chart--scale--summary_missing =
    { $case ->
        [both] 另有 { $total } 个收录的模型图中没有画出：其中 { $undisclosed } 个的开发方没有公开规模，{ $unknown } 个的规模本站还不知道。
        [undisclosed] 另有 { $undisclosed } 个收录的模型因开发方没有公开规模，图中没有画出。
       *[unknown] 另有 { $unknown } 个收录的模型因规模本站还不知道，图中没有画出。
    }
chart--scale--histogram_title = 收录模型在参数量轴上的分布
chart--classes--title = 每个量级有多少个模型
chart--classes--bar_label = { $count } · { $examples }
chart--classes--axis_class = 量级
chart--classes--axis_count = 模型数
chart--classes--tooltip = { $size_class }：{ $count } 个模型，例如 { $examples }
chart--classes--summary = { $total } 个已知规模的模型按量级归类，其中“{ $size_class }”这一档最多，共 { $count } 个。每根柱子旁边列出了几个示例模型。
chart--memory--title = 不同精度下权重所需的内存
chart--memory--axis_bytes = 权重所需内存（对数刻度）
chart--memory--legend = 精度
chart--memory--tooltip = { $name }（{ $precision }）：{ $size }
chart--memory--device = { $device }：可用 { $usable }
chart--memory--summary = 图中是 { $count } 个重点模型，只计权重。精度每降一档，内存减半：{ $name } 在 fp32 下需要 { $fp32 }，fp16 下需要 { $fp16 }，int8 下需要 { $int8 }，int4 下需要 { $int4 }，按每个参数恰好 4、2、1、0.5 字节计算（实际的量化文件往往更大，有时大出不少：词嵌入等部分通常保留更高的精度）。虚线标出三种常见设备能留给模型的内存。
chart--downloads--title = 参数量与下载大小（按文件格式）
chart--downloads--axis_params = 参数量（对数刻度）
chart--downloads--axis_bytes = 下载大小（对数刻度）
chart--downloads--legend = 文件格式
chart--downloads--guide = { $precision }
chart--downloads--tooltip = { $name }，{ $format } { $variant }：{ $size }，{ $params }个参数
chart--downloads--format_safetensors = safetensors
chart--downloads--format_pytorch = PyTorch（.bin）
chart--downloads--format_gguf = GGUF
chart--downloads--format_onnx = ONNX
chart--downloads--format_tflite = TensorFlow Lite
chart--downloads--format_mediapipe = MediaPipe
chart--downloads--format_other = 其他
chart--downloads--variant_default = 默认
chart--downloads--variant_consolidated = 合并版
chart--downloads--format_estimate = 默认权重（估算）
chart--downloads--summary = 每个实心点是一个可下载的权重文件：共 { $files } 个文件，来自 { $models } 个模型；空心圆是根据参数量估算的默认权重（{ $estimated } 个模型）。落在某条虚线上的点，每个参数恰好占用该虚线对应的字节数（fp32 为 4，fp16 为 2，int8 为 1，int4 为 0.5），所以量化后的文件位于 fp16 虚线下方。位置重合的点只显示为一个。
chart--classes--tooltip_count = { $size_class }：{ $count } 个模型






## data_table: Tables added for the charts, and the download links under the model table (pipeline/tables.py).

data_table--download = 下载完整表格（含精确数值）：
data_table--caption_params = 共 { $count } 个模型，按参数量从小到大排列。点击列标题可重新排序。
data_table--caption_memory = 重点模型在不同精度下仅权重所需的内存。点击列标题可重新排序。
data_table--caption_downloads = 共 { $count } 项可下载的权重文件及估算值，按模型和格式列出。点击列标题可重新排序。
data_table--format = 格式
data_table--file = 文件或精度
data_table--bytes = 下载大小
data_table--bytes_per_param = 每个参数的字节数

## notfound

notfound--title = 页面未找到
notfound--text = 找不到这个页面。它可能已经搬到别处，也可能是链接写错了。
notfound--home = 返回首页

## palette

palette--to_dark = 切换到深色模式
palette--to_light = 切换到浅色模式

## explorer: The models explorer (models page) and the generated per-model pages.

explorer--packed_unknown_bits = 打包权重，未注明位宽：Hub 的计数是打包后的数值个数，而非权重个数
explorer--search_label = 搜索模型
explorer--search_placeholder = 名称或 ID
explorer--filter_band = 量级
explorer--filter_family = 系列
explorer--filter_format = 格式
explorer--filter_gated = 访问权限
explorer--filter_device = 装得下的设备
explorer--any = 全部
explorer--gated_open = 开放
explorer--gated_gated = 受限（需先同意条款）
explorer--reset = 清除筛选
explorer--caption = 本站收录的模型
explorer--formats = 格式
explorer--first_view =
    { $order ->
        [downloads] 表中列出了 { $total } 个收录模型中的前 { $shown } 个：重点模型在前，其余按下载量从高到低排列。
       *[size] 表中列出了 { $total } 个收录模型中的前 { $shown } 个：重点模型在前，其余按参数量从小到大排列。
    }
explorer--no_script = 未启用 JavaScript 时，本表无法搜索、筛选或排序，只显示这些行；表格下方的 CSV 和 JSON 文件包含全部模型。
explorer--matching = 有 { $count } 个模型符合条件（共 { $total } 个）。





explorer--show_all = 显示全部 { $total } 个模型
explorer--show_more = 显示更多
explorer--no_match = 没有符合这些筛选条件的模型。
explorer--sort_hint = 点击排序
explorer--downloads = 下载全部模型数据：
explorer--back = ← 全部模型
explorer--exact = 精确值：{ $count }
explorer--downloads_heading = 各格式的下载文件
explorer--no_downloads =
    { $estimated ->
        [yes] 本站尚未记录该模型的任何文件；上面的下载大小是估算值。
       *[no] 本站尚未记录该模型的其他下载（GGUF、MLX 等）。
    }
explorer--memory_note = 本站记录了真实文件时，取该文件的大小；否则为估算值（≈）：fp16 按每个参数 2 字节计，int8 和 int4 按 Q8_0 或 Q4_K_M 格式的 GGUF 文件估算。int8 和 int4 下，下方的结论都按 GGUF 文件（真实或估算）计算，因为 llama.cpp 运行的是它；表中的 LiteRT 或 MediaPipe 文件只在浏览器标签页这一行中判断。
explorer--instruct_variant = 来自 Instruct 版本，参数量相同
explorer--no_count = 暂无参数量数据
explorer--weights_unknown = 数据既没有给出文件大小，也没有给出默认权重的数值格式，所以这里不作估算。16 位的大小见“fp16 内存占用”一栏。
explorer--mlx_build = MLX 版本
explorer--mlx_bits = { $bits } 位
explorer--fit_heading = 跑得动吗？
explorer--device = 设备
explorer--usable = 可用内存
explorer--verdict = 结论
explorer--verdict_fits = 装得下
explorer--verdict_tight = 偏紧
explorer--verdict_no = 装不下
explorer--verdict_unknown = 未知
explorer--fit_note = 以上结论按这个模型最省内存的情形估算，即最小的格式、最短的上下文，共需 { $size }。
explorer--fit_unavailable = 暂时还算不出这个模型在各设备上的结论。
explorer--sources_heading = 数字从哪里来
explorer--hub_link = 在 Hugging Face Hub 上打开
explorer--source_link = 打开来源
explorer--fetched = 数据截至 { $date }
explorer--license = 许可证：{ $license }
explorer--license_other = 许可证：模型自定的条款（见模型卡片）
explorer--license_named = 许可证：{ $name }（该模型自定的条款，并非 Hub 设有标签的标准许可证）
explorer--license_unknown = 许可证：未记录
explorer--access_open = 可直接下载
explorer--access_gated = 受限：需先在 Hub 上同意许可证
explorer--access_manual = 受限：需在 Hub 上申请访问，由所有者逐一审批
explorer--access_unknown = 访问方式未记录
explorer--terms_unknown = 许可证与访问方式均未记录
explorer--scale_title = 重点模型
explorer--filter_tag = 类型
explorer--fetched_revision = 数据截至 { $date }，修订版本 { $revision }
explorer--tag_code = 代码
explorer--tag_encoder = 编码器（分类、填空）
explorer--filter_min = 参数量不少于
explorer--filter_max = 参数量不超过
explorer--min_placeholder = 1B
explorer--max_placeholder = 70B
explorer--fit_legend = 内存装得下
explorer--filter_memory = 或填写你自己的内存
explorer--memory_placeholder = 8 GB
explorer--fit_precision = 权重
explorer--fit_context = 上下文（词元）
explorer--fit_assumes = 计入：{ $precision } 权重 + { $context } 个词元的 KV 缓存（16 位）+ 加载它的运行时的缓冲区（int8 和 int4 用 llama.cpp，fp16 用 vLLM 类服务端），不超过设备的可用内存，或你填写的全部内存。上下文上限更短的模型不列出。
explorer--bad_size = “{ $text }”不是参数量。请输入带 B、M 或 T 的数字，例如 7B、1.5B 或 500M。
explorer--bad_memory = “{ $text }”不是内存大小。请输入以 GB 计的数字，例如 8、8 GB 或 8 GiB。




explorer--all_listed = 表中列出了全部 { $total } 个收录模型。




explorer--first_listed = 表中列出了 { $total } 个收录模型中的前 { $shown } 个。




explorer--matching_partial = 有 { $count } 个模型符合条件（共 { $total } 个），表中列出前 { $shown } 个。









## fit: "Will it run?" (pipeline/site/fit_view.py, fit_tables.py, docs/assets/js/fit-calculator.js)

fit--verdict--fits = 装得下
fit--verdict--tight = 偏紧
fit--verdict--no = 装不下
fit--verdict--too-long = 超出模型的上下文长度
fit--verdict--unknown = 未知
fit--verdict_legend = 结论
fit--kind--browser = 浏览器标签页（WebGPU），{ $size }
fit--kind--phone = 手机，{ $size }
fit--kind--laptop = M 系列 MacBook，{ $size }
fit--kind--gpu = 游戏显卡，{ $size }
fit--kind--datacenter_gpu = 数据中心 GPU，{ $size }
fit--kind--mini_pc = 迷你主机，{ $size } 统一内存
fit--device = 设备
fit--memory = 内存
fit--usable_share = 可用比例
fit--usable = 可用内存
fit--basis = 比例依据（来源）
fit--source = 规格
fit--source_link = 来源页面
# the capacity printed on the box when it differs from the GiB the device name gives (data/devices.yaml memory_reported)
fit--sold_as = 标称“{ $label }”
fit--none = 没有确认装得下的收录模型
fit--largest_int4 = 装得下的最大模型（4 位）
fit--column_file = 仓库自带的 { $format } 文件，用 { $runtime } 运行
fit--web_build = 网页版本
fit--no_web_build = 本站暂无记录
# 紧跟在结论“未知”之后：中间的空格由排版规则去掉（pipeline/site/zh_text.py），读作“未知：暂无网页版本记录”。
fit--needs_web_build = ：暂无网页版本记录
fit--largest_file = 最大单个文件
fit--needed = 所需内存
fit--tab_budget = 标签页内
fit--caption_devices = 各设备报告的内存，以及模型可用的那一部分。设备名称中的内存是报告值取整后的 GiB 数（GiB 为二进制单位，8 GiB = 8.59 GB），所以“内存”一栏可能与名称略有出入；其余数字与全站一样用十进制 GB。
fit--caption_largest = 在 16、8、4 位权重下，各设备能装下的最大收录模型，上下文 { $context } 个词元，KV 缓存 16 位（8 位和 4 位权重以 GGUF 在 llama.cpp 中运行；16 位权重在所有设备上都按 vLLM 类服务端计算，手机和 Mac 上也是如此，尽管 vLLM 并不能在这些设备上运行：这只是参照，不是推荐）。名称用 GiB，数字用十进制 GB。
fit--caption_ladder = 在 4 位权重（GGUF，llama.cpp）下，各设备能装下的最大收录模型，上下文 { $context } 个词元，KV 缓存 16 位。名称用 GiB，数字用十进制 GB（4 GiB = 4.29 GB）。
fit--caption_browser_row = 浏览器标签页这一行只计入有网页版本的模型，判断方式与浏览器表格相同：按该版本自身的内存；未记录文件大小的，按 32 位权重估出的最大用量判断，最大用量也超出预算的记为未知。
fit--caption_browser = 可能在浏览器标签页里运行的模型：网页版本、最大单个文件，以及上下文为 { $context } 个词元时的所需内存
fit--caption_matrix = 各重点模型在各设备上的结论（4 位权重，{ $context } 个词元上下文；模型自身上限更短时按其上限）
fit--calc_nojs = 计算器需要 JavaScript。未启用时，可以直接看下方表格：预设设备的结论都已算好。
fit--calc_device = 设备
fit--calc_custom = 其他：自己输入可用内存
fit--calc_gb = 可用内存（GB）
fit--calc_context = 上下文长度
fit--calc_kv = KV 缓存精度
fit--calc_kv_bits = { $bits } 位
fit--calc_assumptions = 假设：16 位权重在 vLLM 类服务端运行，8 位和 4 位权重以 GGUF 文件在 llama.cpp 中运行（模型有真实文件时用真实文件）；KV 缓存为 { $kv }，上下文 { $context } 个词元。不支持该缓存类型的运行时改用高一级的精度。
fit--calc_tokens = { $count } 个词元
fit--calc_model = 模型
fit--calc_needed = 所需内存
fit--calc_usable = 可用内存
fit--calc_summary = 可用内存 { $usable }、上下文 { $context } 个词元、4 位权重时：装得下 { $fits } 个，偏紧 { $tight } 个，装不下 { $no } 个。
fit--calc_invalid = 请输入 GB 数，例如 16。
fit--calc_caption = 每个收录模型在 16 位、8 位、4 位权重下的结论，规则与下方表格相同。
fit--why--browser = 整个标签页预算：32 位 WebAssembly 堆
fit--why--phone = 系统和常驻内存的应用大约占去一半
fit--why--laptop =
    { $share ->
        [two_thirds] macOS 默认允许 GPU 使用约 65–75% 的统一内存；32 GiB 及以下取三分之二
       *[three_quarters] macOS 默认允许 GPU 使用约 65–75% 的统一内存；32 GiB 以上取四分之三
    }
fit--why--gpu = 显示输出、驱动和运行时会占用一部分显存；推理服务通常也只用 90%
fit--why--mini_pc = 驱动最多可把 128 GiB 中的 96 GiB（103 GB）分给 GPU
fit--why--datacenter_gpu = 驱动和运行时会占用一部分显存；vLLM 等推理服务默认只用 90%
fit--freshness =
    { $basis ->
        [live] 本站共收录 { $total } 个模型。Hub 上的模型全部读自 Hugging Face Hub，最近一次读取在 { $live_date }。
        [mixed] 本站共收录 { $total } 个模型。目前已有 { $live } 个 Hub 模型直接读自 Hugging Face Hub，最近一次在 { $live_date }；其余 { $reconstructed } 个仍采用依据 { $reconstructed_date }收集的资料重建的数字，每条都附有出处。
       *[reconstructed] 本站共收录 { $total } 个模型，目前还没有哪个模型的数字是直接从 Hugging Face Hub 实时读取的：{ $reconstructed } 个 Hub 模型的数字依据 { $reconstructed_date }收集的资料重建，每条都附有出处；定时刷新读到某个模型后，会替换它的数字。
    }{ $published ->
        [0] {""}
       *[other] 另有 { $published } 个模型不在 Hub 上，规模以开发方公布的数字为准；没有公布的标为“未公开”。
    }
fit--freshness_update =
    { $basis ->
        [live] 目前所有 Hub 模型的数字都直接读自 Hugging Face Hub，最近一次在 { $live_date }。
        [mixed] 目前已有 { $live } 个 Hub 模型的数字直接读自 Hugging Face Hub，最近一次在 { $live_date }；其余 { $reconstructed } 个仍依据 { $reconstructed_date }收集的资料重建，定时刷新读到后会替换。
       *[reconstructed] 目前 { $reconstructed } 个 Hub 模型的数字都依据 { $reconstructed_date }收集的资料重建；定时刷新读到某个模型后，会替换它的数字。
    }
provenance--hub_sources =
    { $basis ->
        [live] Hub 上所有模型的数据都直接从 Hub API 读取，最近一次在 { $live_date }。每一行都带有自己的日期，并注明数据是怎么得来的，模型表里和可下载的数据文件里都是如此。
        [mixed] 目前已有 { $live } 个 Hub 模型直接从 Hub API 读取；其余 { $reconstructed } 个仍使用重建快照中的数据（根据公开记录下来的 Hub 响应和开源库的测试文件还原），等定时更新读到时再替换。每一行都带有自己的日期，并注明数据是怎么得来的，模型表里和可下载的数据文件里都是如此。
       *[reconstructed] 目前 Hub 上所有模型的数据都来自重建的快照，也就是根据公开记录下来的 Hub 响应和开源库的测试文件还原出来的数据。每一行都带有自己的日期，并注明数据是怎么得来的，模型表里和可下载的数据文件里都是如此。
    }


fit--browser_listed = 符合条件的模型共 { $total } 个，表中列出其中 { $shown } 个（重点模型和下载最多的模型），按参数量从小到大排列；其余 { $other } 个可在模型表中搜索，每个模型的页面都给出它在标签页中的结论。







## web: Web quality (issue 14): the cue under a chart that scrolls sideways on a phone.

web--chart_scroll_hint = 左右滑动可查看完整图表

## heading: The ¶ link beside each heading (its tooltip and accessible name; pipeline/site/page_html.py).

heading--permalink = 永久链接

## table

table--int4_estimate_note = 根据模型配置文件中的张量形状估算：Q4_K_M 文件（最常见的 4 位 GGUF）的大小，按 llama.cpp 的规则逐个张量计算（部分张量保留更高精度）
table--int4_estimate_count = 仅根据参数量估算：按每个参数 4.5 位计算的 Q4_K_M 文件大小。数据中没有张量形状，所以 llama.cpp 以更高精度保留的张量没有计入，结果比同等规模、按张量形状估算的模型略低

## calibration_chart: “关于数据”页的校准图（issue 21）：内存和速度的预测值与实测值对比。

calibration_chart--title = 内存：预测值与实测值
calibration_chart--speed_title = 生成速度：预测值与实测值
calibration_chart--axis_measured = 实测内存（GB，对数刻度）
calibration_chart--axis_predicted = 预测内存（GB，对数刻度）
calibration_chart--speed_axis_measured = 实测（词元/秒，对数刻度）
calibration_chart--speed_axis_predicted = 预测（词元/秒，对数刻度）
calibration_chart--legend_runtime = 运行时
calibration_chart--legend_status = 实测记录
calibration_chart--status_tested = 参与检验
calibration_chart--status_superseded = 已过时，不参与检验
calibration_chart--row_superseded = ——已过时，不参与检验
calibration_chart--run_qualified = { $name }（{ $note }）
calibration_chart--run_repo_unnamed = 未注明仓库
calibration_chart--run_ggml_ci = ggml CI 转换
calibration_chart--band = 误差在 { $percent } 以内
calibration_chart--speed_band = 实测 ÷ 预测：{ $range }
calibration_chart--tooltip = { $model }，{ $runtime }，{ $context } 个词元：实测 { $measured }，预测 { $predicted }（{ $error }）。
calibration_chart--speed_tooltip = { $model }，{ $runtime }，{ $format }，{ $device }：实测每秒 { $measured } 个词元，预测 { $predicted } 个（{ $error }）。
calibration_chart--summary_tested = 共有 { $count } 条 llama.cpp、vLLM 和 MLX 的实测内存总量用来检验这条规则，每一条与预测相差都不超过 { $tolerance }，其中误差最大的一条为 { $worst }。落在虚线上的点说明预测完全准确，阴影带是检验允许的误差范围。
calibration_chart--summary_superseded =
    另有 { $count } 次较早的运行画成空心圆环：它们已不能代表如今的运行时，所以不参与检验。{ $overlap ->
        [together] 这 { $count } 个点几乎重合，看上去只有一个圆环。
        [some] 其中有的几乎与别的点重合。
       *[none] {""}
    }
calibration_chart--speed_summary = 共有 { $count } 条实测生成速度（每次只处理一个请求），与按内存带宽预测的速度对比。实测速度在预测值的 { $low } 到 { $high } 倍之间，本站给出每个估算值时也附上这个范围。
calibration_chart--caption_memory = { $count } 条内存实测：运行（附来源链接）、上下文、实测内存与预测内存，以及误差。
calibration_chart--caption_speed = { $count } 条速度实测：运行（附来源链接）、设备、实测与预测的每秒词元数，以及误差。
calibration_chart--caption_worst = 误差最大的 { $count } 条（含已过时的运行），以及各自的原因。
calibration_chart--sign_convention = 误差 =（预测 − 实测）÷ 实测；误差为负，表示规则的预测比实测少。
calibration_chart--col_run = 运行
calibration_chart--col_context = 上下文（词元）
calibration_chart--col_measured = 实测
calibration_chart--col_predicted = 预测
calibration_chart--col_error = 误差
calibration_chart--col_device = 设备
calibration_chart--col_measured_speed = 实测（词元/秒）
calibration_chart--col_predicted_speed = 预测（词元/秒）
calibration_chart--col_reason = 误差原因
calibration_chart--reason_full_mask = 这次运行早于 mlx-lm 的第 40 号 pull request；当时 MLX 会为长提示词构建完整的注意力掩码（多占约 3 GB）。这条记录已过时，不参与检验。
calibration_chart--reason_small_batch = 这次运行每批只处理 128 个词元，而规则按 llama.cpp 默认的每批 512 个词元计算，预留的输出缓冲区是这次运行的四倍。
calibration_chart--reason_micro_batch = 这次运行在四块 GPU 上使用 1,024 个词元的微批（-ub 1024），计算缓冲区比规则预留的更大。
calibration_chart--reason_gib = 旧版 mlx-lm 标的是“GB”，实际单位是 GiB；换算后实测值比预测值低 { $gap }，大致等于规则为 MLX 额外加上的 { $mlx_fixed } 固定开销。

## fit_notes: 适配表（issue 21）：每一行按多长的上下文判断，以及“装不下”背后的数字。

fit_notes--caption_browser = 可能在浏览器标签页里运行的模型：网页版本、最大单个文件，以及上下文为 { $context } 个词元时的所需内存；模型自身上限更短时按其上限计算（该行会注明）。WebLLM 版本的内存取 WebLLM 为其给出的数字。
fit_notes--at_own_limit = 按模型自身 { $count } 个词元的上限：{ $verdict }
fit_notes--needs_build_at_own_limit = { $verdict }：暂无网页版本记录（内存按模型上限 { $count } 个词元估算）
fit_notes--build_size_unknown = { $verdict }：本站没有该版本的文件大小。按 32 位权重计算需要 { $bound }，超过标签页可用的 { $usable }；按 4 位权重、{ $count } 个词元计算约需 { $size }。结论取决于该版本的精度
fit_notes--build_size_unknown_file = { $verdict }：本站没有该版本的文件大小。按 32 位权重计算，权重有 { $bound }，超过单个文件 { $limit } 的上限；按 4 位权重、{ $count } 个词元计算约需 { $size }。结论取决于该版本的存储方式
fit_notes--build_size_unrecorded = { $verdict }：本站没有该版本的文件大小（内存为估算值，按 4 位权重、{ $count } 个词元计算）
fit_notes--upper_bound = { $verdict }：本站没有该版本的文件大小，但即使按 32 位权重（最大的情形）、{ $count } 个词元计算，也只需 { $size }
fit_notes--file_over_limit = { $verdict }：最大单个文件 { $size }，超过单个文件 { $limit } 的上限
fit_notes--over_budget = { $verdict }：需要 { $size }，超过标签页可用的 { $usable }
fit_notes--over_budget_at_own_limit = { $verdict }：在其 { $count } 个词元的上限下需要 { $size }，超过标签页可用的 { $usable }
fit_notes--weights_alone = { $verdict }：仅权重就有 { $size }，超过可用的 { $usable }
fit_notes--no_build_weights_alone = { $verdict }：没有网页版本记录，而且仅权重就有 { $size }，超过可用的 { $usable }
fit_notes--weights_and_buffers = { $verdict }：权重 { $size } 加上运行时的缓冲区，已超过可用的 { $usable }，没有空间留给 KV 缓存
fit_notes--calc_caption = 每个收录模型在 16 位、8 位、4 位权重和所选上下文下的结论；自身上限更短的模型在这里显示为“超出模型的上下文长度”，而下方的浏览器标签页表格按其自身上限判断并会注明。规则与下方表格相同。

## model_fit: 模型页面（issue 23 item 4）：每个结论基于什么假设，以及每台设备装得下的最长上下文和速度。

model_fit--active = { $total }个参数中，每个词元只用到 { $active }个（{ $basis }）。总数包括所有专家：它们都要留在内存里，所以内存数字按总数算，速度估算按实际用到的部分算。
model_fit--active_files = { $total }个参数中，每个词元只用到 { $active }个（{ $basis }）。总数包括模型权重文件中的每一个张量，所有专家都算在内：它们都要留在内存里，所以内存数字按总数算，速度估算按实际用到的部分算。
model_fit--active_main = 主模型的 { $main }个参数中，每个词元只用到 { $active }个（{ $basis }）。总数 { $total }个参数包括权重文件中的每一个张量：所有专家都算在内，它们都要留在内存里；其中还有一个与主模型一同存放的多词元预测（MTP）模块，有 { $mtp }个参数，普通生成时用不到。内存数字按总数算，速度估算按实际用到的部分算。
model_fit--counted_files = 总数包括模型权重文件中的每一个张量。
model_fit--counted_files_vision = 总数包括模型权重文件中的每一个张量，视觉编码器的张量也在内。
model_fit--mtp = 权重里另有一个与主模型一同存放的多词元预测（MTP）模块，有 { $mtp }个参数，普通生成时用不到；主模型本身有 { $main }个参数。
model_fit--limit = 模型可接受的最长上下文：{ $count } 个词元。
model_fit--limit_unknown = 模型的数据没有说明它可接受的最长上下文。
model_fit--weights_unknown = 未知（{ $reason ->
        [count] 本站的数据里既没有文件大小，也没有参数量
       *[dtype] 本站的数据里既没有文件大小，也没有权重的存储格式
    }）
model_fit--assumes = 下表每个结论都假设：{ $format } 权重在 { $runtime } 中运行，上下文 { $context } 个词元，{ $kv ->
        [none] 没有 KV 缓存（纯编码器模型）
       *[other] KV 缓存为 { $kv } 位
    }。
model_fit--assumes_own_limit = 下表每个结论都假设：{ $format } 权重在 { $runtime } 中运行，上下文 { $context } 个词元（即模型自身的上限，短于本站通常使用的 { $usual }），{ $kv ->
        [none] 没有 KV 缓存（纯编码器模型）
       *[other] KV 缓存为 { $kv } 位
    }。
model_fit--assumes_estimate_own_limit = 下表每个结论都假设：估算的 { $build } GGUF 文件（≈ { $size }）在 { $runtime } 中运行，上下文 { $context } 个词元（即模型自身的上限，短于本站通常使用的 { $usual }），{ $kv ->
        [none] 没有 KV 缓存（纯编码器模型）
       *[other] KV 缓存为 { $kv } 位
    }。
model_fit--assumes_estimate = 下表每个结论都假设：估算的 { $build } GGUF 文件（≈ { $size }）在 { $runtime } 中运行，上下文 { $context } 个词元，{ $kv ->
        [none] 没有 KV 缓存（纯编码器模型）
       *[other] KV 缓存为 { $kv } 位
    }。
model_fit--browser_row = 浏览器标签页这一行改按浏览器表格判断：有网页版本的，按本站记录的该版本计算；没有的，仅权重就超出标签页预算时判为装不下，否则记为未知；这一行不估算最长上下文和速度。
model_fit--web_build = { $verdict }：网页版本 { $build } 需要 { $size }
model_fit--web_build_file = { $verdict }：网页版本 { $build } 有一个文件达 { $size }，超过标签页一次能加载的 { $limit }
model_fit--web_build_unsized = { $verdict }：本站记录了网页版本 { $build }，但没有它的大小
model_fit--caption = 按设备列出：可用内存、结论、仍属“装得下”（未到“偏紧”线）的最长上下文，以及估算的生成速度。结论针对上方所写的上下文长度；如果“装不下”旁边列有词元数，说明把上下文缩短到这个数，模型就装得下。
model_fit--col_context = 留有余量的最长上下文
model_fit--col_speed = 每秒词元数（范围）
model_fit--context_none = 无
model_fit--context_full = 全部 { $count } 个词元
model_fit--context_tokens = { $count } 个词元
model_fit--speed = ≈ { $speed }（{ $low }–{ $high }）
model_fit--speed_unknown = 内存带宽未知
model_fit--speed_not_generating = 不适用：该模型不生成文本
model_fit--speed_note = 每秒词元数：每生成一个词元，都要把实际用到的权重和 KV 缓存各读一遍，按设备内存带宽的 { $efficiency } 计算，再加上一段固定延迟，参数按公开实测数据拟合；实测速度在估算值的 { $low } 到 { $high } 倍之间，即括号中的范围。
model_fit--calculator_link = 在计算器中打开这个模型，可改选格式、上下文、KV 缓存精度或设备。
model_fit--calculator_offload = 列表中没有任何设备能装下整个模型。可以在计算器中打开它，把模型拆分到 GPU 和系统内存（CPU 卸载），并查看由此得到的速度。

## hub_model: Any Hub model in the calculator (issue 23; pipeline/site/hub_field.py, docs/assets/js/hub-model.js).

hub_model--label = Hugging Face Hub 上的任意模型：输入其 ID 或网址
hub_model--button = 从 Hub 读取
hub_model--note = 只有在你按下按钮时，浏览器才会从 { $endpoint } 读取该模型的 config.json 及其 safetensors 参数计数，无需访问密钥，也无需登录；不发送其他任何内容。
hub_model--loading = 正在从 Hub 读取 { $id }…
hub_model--invalid = “{ $text }”不是 Hub 上的模型 ID。请按 owner/name 的格式填写，例如 Qwen/Qwen3-8B，或直接粘贴模型网址。
hub_model--not_found = Hub 上没有名为 { $id } 的公开模型。请检查拼写；私有模型无法在此读取。
hub_model--gated = { $id } 设有访问限制：Hub 只向已登录并同意其条款的用户提供文件，因此本页无法读取它的 config.json。
hub_model--timeout = Hub 在 { $seconds } 秒内没有响应。请稍后再试；上方的计算器仍可正常使用。
hub_model--malformed = Hub 对 { $id } 的响应（{ $file }）不是有效的 JSON，因此没有据此计算任何内容。
hub_model--failed = 无法连接 Hub，或 Hub 返回了错误（{ $status }）。请稍后再试；上方的计算器仍可正常使用。
hub_model--no_config = { $id } 没有 config.json，因此只显示其 safetensors 元数据所给出的信息。
hub_model--unknown_arch = { $id } 属于本站尚未建模的模型类型（{ $type }），因此下方部分数字是估算值或未知。
hub_model--computed = 根据其 config 算出：{ $items }。
hub_model--not_computed = 无法算出：{ $items }。
hub_model--item_params = 参数量
hub_model--item_active = 激活参数
hub_model--item_kv = KV 缓存
hub_model--item_context = 上下文上限
hub_model--item_weights = 权重大小
hub_model--params = { $name } 的参数量为 { $params }。
hub_model--params_unknown = 无法算出它的参数量：{ $reason }。
hub_model--active = 它是混合专家模型（MoE）：每个词元使用 { $active } 个参数。
hub_model--context = 它的上下文上限为 { $tokens } 个词元。
hub_model--context_unknown = 它的 config 没有注明上下文上限。
hub_model--kv = 它的 KV 缓存在 16 位精度下每个上下文词元占 { $bytes }。
hub_model--kv_window = 它的 KV 缓存在 16 位精度下每个上下文词元占 { $bytes }，滑动窗口层每个词元另占 { $sliding }，最多 { $window } 个词元。
hub_model--kv_state = 它还保存一个固定大小的状态，占 { $bytes }。
hub_model--kv_none = 它没有随上下文增长的 KV 缓存（仅编码器模型或状态空间模型）。
hub_model--kv_unknown = 无法算出它的 KV 缓存：{ $reason }。
hub_model--weights_title = 各格式的权重大小（≈ 表示仓库中没有该文件时的估算值）：
hub_model--weights_item = { $format }：{ $size }
hub_model--weights_item_estimated = { $format }：≈ { $size }

## display: Display names and joins (pipeline/i18n/display_names.py, explorer.py): an in-browser build as the runtime and its quantization; an aside in brackets; a label before its value.

display--web_build = { $runtime }（{ $variant }）
display--runtime_browser = 浏览器运行时（Transformers.js、MediaPipe、WebLLM 或 wllama）
display--aside = （{ $text }）
display--label = { $label }：
display--source_note = （{ $label }：{ $text }）
display--basis_date = { $basis }，{ $date }

## calc: The calculator, one view per question (issue 23): pipeline/site/fit_view.py calculator() and docs/assets/js/fit-calculator.js, which reads every message through msg().

calc--nojs = 计算器需要 JavaScript。未启用时，可以看下方表格：预设设备的答案都已算好。
calc--model = 模型
calc--model_placeholder = 名称或 ID，例如 llama 8b
calc--model_options = 与搜索匹配的模型
calc--model_none = 没有收录的模型与“{ $text }”匹配。
calc--model_failed = 无法加载“{ $name }”的数据。
calc--device = 设备
calc--own = 你自己的设备
calc--own_legend = 你的设备
calc--device_named = “{ $name }”
calc--own_name =
    { $count ->
       *[other] 你的 { $count } 块显卡（每块 { $size }）
    }
calc--own_needs_vram = 请输入显卡显存，例如 8。
calc--vram = 显卡显存（GB，按标称）
calc--gpus = 相同显卡数量
calc--bandwidth = 显存带宽（GB/s）
calc--ram = 系统内存 RAM（GB，按标称）
calc--format = 权重格式
calc--format_file = { $format }：{ $size }
calc--format_estimate = ≈ { $format }（估算）：{ $size }
calc--format_unknown = { $format }：大小未知
calc--format_mlx = { $format } 在 MLX 中运行，需要 Apple 芯片的 Mac，因此 { $device } 显示默认格式。
calc--context = 上下文（词元）
calc--limit = 该模型的上下文上限为 { $limit } 个词元。
calc--limit_none = 该模型未说明上下文上限。
calc--kv = KV 缓存精度
calc--kv_bits = { $bits } 位
calc--kv_kept = { $runtime } 没有 { $asked } 位 KV 缓存，因此以 { $bits } 位保存。
calc--kv_mla = { $runtime } 把此模型 MLA 的键和值分开保存，所以 KV 缓存约为 vLLM 所存单个潜向量（latent）的 { $factor } 倍。
calc--kv_smaller =
    { $verdict ->
        [fits] 若把 KV 缓存降到 { $bits } 位（见上方“KV 缓存精度”），需要 { $total }，装得下。
       *[tight] 若把 KV 缓存降到 { $bits } 位（见上方“KV 缓存精度”），需要 { $total }，偏紧，可能加载失败。
    }
calc--tag = 类型
calc--tag_all = 全部类型
calc--tags--instruct = 指令或对话
calc--tags--base = 基础模型（仅预训练）
calc--tags--reasoning = 推理
calc--tags--embedding = 嵌入（embedding）
calc--tags--moe = 混合专家（MoE）
calc--tags--vision-language = 视觉与语言
calc--tags--speech = 语音
calc--list_button = 列出所有装得下或偏紧的模型
calc--bad_number = “{ $text }”不是数字。请输入数字，例如 { $example }。
calc--bad_link = 链接要求 { $name } 为“{ $value }”，此处不认识该值，已忽略。
calc--unknown_model_link = 链接要求 model 为“{ $value }”，本站没有收录该模型。
calc--verdict--fits = { $model }（{ $format }）在{ $device }上需要 { $total }，可用 { $usable }（上下文 { $context } 个词元）。
calc--verdict--tight = { $model }（{ $format }）在{ $device }上需要 { $total }（上下文 { $context } 个词元），已超过可用内存（{ $usable }）的 { $share }，余量很小，其他程序一多就可能加载失败。
calc--verdict--no = { $model }（{ $format }）在{ $device }上需要 { $total }（上下文 { $context } 个词元），但只有 { $usable } 可用。
calc--verdict--no_weights = { $model }（{ $format }）在{ $device }上需要 { $weights }，仅权重一项就已超过可用的 { $usable }。
calc--verdict--too-long = 所选的 { $context } 个词元比 { $model } 的上限（{ $limit } 个词元）还长。
calc--verdict--unknown = 关于 { $model }（{ $format }）所知不足，无法判断在{ $device }上是否装得下。
calc--bar = 所需内存 { $total }，对比可用内存 { $usable }
calc--bar_weights = 权重：{ $size }
calc--bar_kv = KV 缓存：{ $size }
calc--bar_overhead = 运行时缓冲区：{ $size }
calc--bar_usable = 可用内存：{ $size }
calc--bar_tight = 用量超过可用内存的 { $share } 即为偏紧
calc--largest =
    { $count ->
       *[other] 装得下的最长上下文：{ $count } 个词元。
    }
calc--largest_all =
    { $count ->
       *[other] 按模型的上下文上限 { $count } 个词元计算，装得下。
    }
calc--largest_none = 权重加上运行时缓冲区就已超出可用内存，上下文再短也装不下。
calc--largest_gpu_none = 仅靠显卡装不下：权重加上运行时缓冲区就已超出显存，上下文再短也不行。
calc--largest_unknown = 能装下的最长上下文未知：该模型未说明上下文上限。
calc--largest_both = 留有余量的最长上下文：{ $headroom } 个词元；如果接受偏紧，最长可到 { $runs } 个词元{ $full ->
        [yes] （即模型上限）
       *[no] {""}
    }。
calc--largest_tight_only = 没有哪个长度留有余量；偏紧时最长可到 { $runs } 个词元{ $full ->
        [yes] （即模型上限）
       *[no] {""}
    }。
calc--too_long_also = 此外，{ $context } 个词元也超出了 { $model } 的上下文上限（最多 { $limit } 个词元）。
calc--bar_partial = 已计入的内存 { $total }（权重及已知部分），对比可用内存 { $usable }
calc--unknown = 未知
calc--not_counted = 未计入，已超出模型上限
calc--speed = 约每秒 { $speed } 个词元（大概在 { $low } 到 { $high } 之间）：每个词元读取 { $read }，内存带宽 { $bandwidth }。
calc--speed_moe = 约每秒 { $speed } 个词元（大概在 { $low } 到 { $high } 之间）：混合专家模型每个词元只读取 { $params } 参数中激活的 { $active }，即 { $read }，内存带宽 { $bandwidth }。
calc--speed_none = 没有速度估算：该设备的内存带宽未说明。
calc--speed_rule = 算法：每个词元的秒数 = 读取字节数 ÷（带宽 × { $efficiency }）+ { $latency } ms，按实测生成速度拟合；范围取实测最慢和最快的运行与此规则之比。
# Review 9 (he #1): an encoder-only or embedding model generates no text: no speed, and no KV cache in the bar.
calc--no_decode = 不估算速度：纯编码器模型不会逐个词元生成文本。
calc--kv_none = 无（纯编码器模型）
calc--assume_encoder = 假设：{ $format } 由 { $runtime } 运行，没有 KV 缓存（纯编码器模型），运行时缓冲区按 { $context } 个词元计算，{ $gpu ->
        [yes] 显存
       *[other] 设备内存
    }中可用 { $usable }。
# Review 9 (he #3): the context asked is the model's maximum, or was set to it (calc-offload.js LSCalcOffload.enc).
calc--largest_at_max = 这也是模型的最大上下文。
calc--largest_capped = 上下文已设为 { $count } 个词元，即模型的上限。
calc--offload =
    { $count ->
       *[other] 使用 CPU 卸载（估算）：{ $count } 层中的 { $layers } 层放在显卡上（{ $gpu }），其余放在系统内存中（{ $cpu }），约每秒 { $speed } 个词元（大概在 { $low } 到 { $high } 之间）。
    }
calc--offload_nospeed =
    { $count ->
       *[other] 使用 CPU 卸载（估算）：{ $count } 层中的 { $layers } 层放在显卡上（{ $gpu }），其余放在系统内存中（{ $cpu }）；没有显卡的内存带宽，无法估算速度。
    }
calc--offload_no_ram = 即使使用 CPU 卸载也装不下：留给系统内存的层需要 { $cpu }，而系统只有 { $ram } 内存（一栏中填写的 { $typed } 按 GiB 计算，与厂商的算法相同）。
calc--offload_ask_ram = 输入系统内存大小，即可看到有多少层能留在显卡上、其余放进内存。
calc--offload_engine = CPU 与显卡的拆分只按在 llama.cpp 中运行的 GGUF 格式计算：请在“权重格式”中选择{ $formats }查看；拆分按所选格式的权重大小计算，而不是当前的 { $format }（{ $weights }）。
calc--offload_engine_none = CPU 与显卡的拆分按 llama.cpp 中的 GGUF 文件计算，而此模型没有这类格式。
calc--offload_rule = 算法：与 llama.cpp 的 --n-gpu-layers 相同，每层分到相等份额的权重和 KV 缓存，运行时缓冲区留在显卡上；假设系统内存读取速度为 { $ram_bandwidth }（双通道 DDR5-5600），速度按各部分从各自内存读取的时间相加；系统内存全部按空闲计算，这是乐观的估计：操作系统和已打开的应用会占用一部分。
calc--assume = 假设：{ $format } 由 { $runtime } 运行，KV 缓存以 { $bits } 位保存，运行时缓冲区按 { $context } 个词元计算，{ $gpu ->
        [yes] 显存
       *[other] 设备内存
    }中可用 { $usable }。
calc--assume_estimate = 本站没有记录此格式的文件，大小为估算值（≈）。
calc--assume_own = 你填写的显存按厂商标称值理解（厂商标的“GB”实为 GiB），其中 { $share } 可用，与预设显卡的算法相同。
calc--gpus_rule_vllm = vLLM 把每一层拆到各块显卡上（张量并行，--tensor-parallel-size { $count }），运行时缓冲区每块显卡各算一份；合计可用 { $usable }。
calc--gpus_speed_vllm = 上面的速度估算按一块显卡计算；张量并行时各显卡同时工作，实际速度通常更高。
calc--gpus_rule =
    { $count ->
       *[other] { $count } 块相同显卡：各层分配到各块显卡上（llama.cpp 的默认方式 --split-mode layer），运行时缓冲区每块显卡各算一份；合计可用 { $usable }。各显卡轮流处理自己那几层，所以速度相当于一块显存足够大的同型号显卡。
    }
calc--reverse_heading = 所有装得下的模型
calc--family--fp16 = 16 位
calc--family--int8 = 8 位
calc--family--int4 = 4 位
calc--summary =
    { $count ->
       *[other] { $count } 个模型，{ $family }权重，上下文 { $context } 个词元，{ $device }：{ $counts }。
    }
calc--count--fits =
    { $count ->
       *[other] 装得下 { $count } 个
    }
calc--count--tight =
    { $count ->
       *[other] 偏紧 { $count } 个
    }
calc--count--no =
    { $count ->
       *[other] 装不下 { $count } 个
    }
calc--count--too-long =
    { $count ->
       *[other] 超出上下文上限 { $count } 个
    }
calc--too_long_apart = { $count ->
       *[other] 有 { $count } 个模型的最大上下文短于 { $context } 个词元，因此这里没有检查它们
    }；下方图表按 { $chart } 个词元检查每个模型，模型自身的上限更短时按其上限检查。
calc--count--unknown =
    { $count ->
       *[other] 未知 { $count } 个
    }
calc--count--unrecorded =
    { $count ->
       *[other] 装得下但未记录上下文上限 { $count } 个
    }
calc--unrecorded_apart =
    { $count ->
       *[other] { $count } 个模型内存装得下，但未记录其上下文上限，因此不算作在此上下文下装得下：{ $names }。
    }
calc--reverse_caption = 装得下和偏紧的模型，按参数量从大到小。
calc--reverse_none = 这一类型中没有装得下的模型。
calc--col_model = 模型
calc--col_format = 格式
calc--col_needed = 所需内存
calc--col_verdict = 结论
calc--col_largest = 最长上下文（留有余量 / 偏紧）
calc--col_speed = 每秒词元数
calc--scroll_hint = 左右滑动可查看所有列。
calc--model_no_match = 没有收录的模型与“{ $text }”匹配。请试试更短的名称，或粘贴 Hub 上的模型 ID（owner/name 格式）后按回车键。
calc--model_more =
    { $count ->
       *[other] 另有 { $count } 个模型也符合，请多输入一些名称来缩小范围。
    }

# Reverse list (review 4): its heading and order as shown, the models it leaves out and why, the browser tab's rule.
calc--reverse_heading_runs = 所有装得下或偏紧的模型
calc--reverse_caption_order = 装得下或偏紧的模型（“结论”一列注明是哪一种），按参数量从多到少排列；参数量未知的模型排在最后，按所需内存从多到少排列。
calc--unknown_left_out =
    { $count ->
       *[other] 有 { $count } 个模型未列出，因为结论未知：KV 缓存未知，或没有这一精度的权重（{ $names }）。在“模型”一栏中选择其中一个，可查看缺少哪些信息。
    }
calc--summary_web =
    { $count ->
       *[other] 有 { $count } 个模型在此记录了网页版本，按浏览器表格的方式在{ $device }上判断，上下文 { $context } 个词元：{ $counts }。
    }
calc--web_rule = 计算方式：在标签页中只计入为浏览器构建的版本（WebLLM、Transformers.js、MediaPipe、LiteRT），不计 GGUF 或 safetensors 文件，且任何单个文件都不能超过浏览器的文件大小上限。WebLLM 版本所需内存取 WebLLM 为其标注的数值（按该版本自身的上下文）；其他版本所需内存为权重加上所选上下文下的 KV 缓存和运行时缓冲区；未记录大小时，以其 32 位大小为上限。标签页中不估算速度。
calc--web_left_out =
    { $count ->
       *[other] 另有 { $count } 个模型没有网页版本记录，因此未列出。
    }
# Review 8 (ar #13): a row that is itself a web build (Transformers.js), off a browser tab (calc-list.js).
calc--web_only_left_out =
    { $count ->
       *[other] 另有 { $count } 个模型本身就是网页版本，只在浏览器标签页中评估，因此这里未列出。
    }
# Review 5 (fcalc): one model on a browser tab (calc-list.js LSCalcList.one).
calc--web_none = 未知：本站没有 { $model } 的网页版本记录，而浏览器标签页只能运行为浏览器构建的版本。
calc--web_stated = { $model }（{ $format }）在“{ $device }”上需要 { $total }，可用 { $usable }；此数字由 { $runtime } 给出，按该版本自带的上下文长度计算。
calc--web_stated_no = { $model }（{ $format }）在“{ $device }”上需要 { $total }，但只有 { $usable } 可用（此数字由 { $runtime } 给出，按该版本构建时的上下文长度计算）。
calc--web_file = { $model }（{ $format }）在“{ $device }”上装不下：其中一个文件超出浏览器标签页能加载的大小。
# Review 9 (ar #1): no web build, and even its 4-bit weights exceed the tab: the verdict the model page and the fit chart give.
calc--web_none_weights = 装不下：本站没有 { $model } 的网页版本记录，而仅权重就占 { $weights }，超过标签页可用的 { $usable }。
explorer--fit_assumes_web = 浏览器标签页中计入：只计为浏览器构建的版本（WebLLM、Transformers.js、MediaPipe、LiteRT），按计算器和浏览器表格的同一规则、以 { $context } 个词元的上下文判断；此处所选的权重精度不适用。没有网页版本记录或上下文上限更短的模型不列出。
# Review 5 (fcalc): past the model's context limit the KV cache and buffers are not counted, so not assumed either.
calc--assume_past = 假设：{ $format } 由 { $runtime } 运行，{ $gpu ->
        [yes] 显存
       *[other] 设备内存
    }中可用 { $usable }；KV 缓存和运行时缓冲区未计入（所选的 { $context } 个词元超出模型上限）。
calc--offload_past = 所选上下文超出模型上限，KV 缓存未计入，因此不计算 CPU 与 GPU 的分配：请选择不超过 { $limit } 个词元的上下文。
# Review 5 (fcalc): a model whose size was never published (GPT-4): the reason, not an int4 file.
calc--undisclosed = 未知：{ $model } 的参数量未公开，权重也未发布，因此没有可在{ $device }上运行的文件。
# Review 5 (fcalc): the list's longest-context cell for a model that states no limit.
calc--col_no_limit = 未知（缺少上下文上限）
calc--col_build_context = 未知（该版本的内存只在其构建时的上下文下已知）
calc--col_none = 无
calc--col_at_limit = { $tokens }（模型上限）
# Review 9 (ar #3): the headroom half of a tight model's longest-context cell ("no headroom / 26,013").
calc--col_no_headroom = 无余量
calc--unknown_undisclosed =
    { $count ->
       *[other] 有 { $count } 个模型未列出，因为其参数量未公开。
    }
explorer--fit_unknown =
    { $count ->
       *[other] 另有 { $count } 个符合条件的模型未列出：本站对它们所知不足（参数量未公开或 KV 缓存未知），无法判断是否装得下。
    }
explorer--fit_unrecorded =
    { $count ->
       *[other] { $names } 的内存也装得下，但本站没有记录其上下文上限，所以未列入装得下的模型。
    }
