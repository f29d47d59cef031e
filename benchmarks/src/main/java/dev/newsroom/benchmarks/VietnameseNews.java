package dev.newsroom.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Articles as a provincial portal publishes them, made up from the sentences, places,
 * people and sections such a portal writes about: a title, a lead and a body of 6 to 14
 * paragraphs, some under a heading, 3 to 7 KB of text. Some sentences keep the old tone
 * placement ("hoà", "thuý", "khoẻ"), as older articles do. The same seed gives the same
 * articles.
 */
final class VietnameseNews {

	private static final List<String> PLACES = List.of("Điện Biên", "Quảng Trị", "Hòa Bình", "Thừa Thiên Huế",
			"Đà Nẵng", "Quảng Nam", "Bình Định", "Lâm Đồng", "Đắk Lắk", "Cà Mau", "An Giang", "Nghệ An", "Hà Tĩnh",
			"Thanh Hóa", "Lào Cai", "Yên Bái", "Sơn La", "Khánh Hòa", "Phú Yên", "Kon Tum");

	private static final List<String> PEOPLE = List.of("Nguyễn Xuân Phước", "Trần Thị Thuý", "Lê Văn Hòa",
			"Phạm Minh Đức", "Hoàng Thị Hoa", "Võ Văn Thưởng", "Đặng Quốc Khánh", "Bùi Thị Khoẻ", "Đỗ Đức Duy",
			"Ngô Thanh Hải");

	private static final List<String> SECTIONS = List.of("Thời sự", "Chính trị", "Kinh tế", "Văn hóa - Xã hội",
			"Giáo dục", "Y tế", "Nông nghiệp", "Du lịch", "Quốc phòng - An ninh", "Thể thao");

	private static final List<String> TITLES = List.of("Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ tại {place}",
			"{place}: Giá vàng hôm nay tăng mạnh, người dân đổ xô đi mua", "Mùa hoa ban nở trắng núi rừng {place}",
			"Hội nghị tổng kết công tác xây dựng nông thôn mới tỉnh {place}",
			"{place} chủ động phòng chống dịch bệnh trên gia súc, gia cầm",
			"Đón nhận Huân chương Lao động hạng Nhất, {place} phát huy truyền thống",
			"Hòa giải ở cơ sở: những câu chuyện đẹp từ {place}",
			"Thu giữ hơn 2 tấn hóa chất không rõ nguồn gốc tại {place}",
			"Học sinh {place} giành giải cao tại kỳ thi học sinh giỏi quốc gia",
			"Tai họa từ lũ quét, sạt lở đất ở {place}", "Đồng chí {person} thăm và làm việc tại {place}",
			"Khai mạc Tuần lễ văn hóa, du lịch {place}", "Chăm sóc sức khoẻ người cao tuổi ở vùng sâu {place}",
			"Giải bóng đá thanh niên {place} mở rộng", "Đẩy mạnh chuyển đổi số trong cơ quan nhà nước tỉnh {place}",
			"Văn phòng Tỉnh ủy {place}: 75 năm xây dựng và trưởng thành");

	private static final List<String> SENTENCES = List.of(
			"Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy là dịp để cán bộ, công nhân viên văn phòng cấp ủy các cấp cùng ôn lại những năm tháng khó khăn, gian khổ nhưng cũng rất đỗi tự hào.",
			"Chiến thắng Điện Biên Phủ lừng lẫy năm châu, chấn động địa cầu đã đi vào lịch sử dân tộc như một bản anh hùng ca bất diệt.",
			"Đoàn đại biểu đã dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ quốc gia.",
			"Theo khảo sát, giá vàng miếng trong nước sáng nay tăng thêm 500 nghìn đồng mỗi lượng so với phiên hôm qua.",
			"Nhiều người dân xếp hàng từ sớm trước các cửa hàng kinh doanh vàng bạc, đá quý trên địa bàn thành phố.",
			"Mùa này, hoa ban, hoa mận, hoa đào nở rộ khắp các bản làng vùng cao, thu hút đông đảo du khách.",
			"Bà con các dân tộc sống hoà thuận, đoàn kết, cùng nhau phát triển kinh tế, giữ gìn bản sắc văn hóa.",
			"Đến nay, toàn tỉnh có 85 xã đạt chuẩn nông thôn mới, 20 xã đạt chuẩn nông thôn mới nâng cao.",
			"Thu nhập bình quân đầu người khu vực nông thôn đạt 48 triệu đồng mỗi năm, tăng 1,5 lần so với năm 2020.",
			"Ngành nông nghiệp đã cấp phát hơn 30 nghìn liều vắc xin, tiêu độc khử trùng chuồng trại, không để dịch bệnh lây lan.",
			"Lực lượng chức năng phát hiện chiếc xe tải chở nhiều can hóa chất không có hóa đơn, chứng từ hợp lệ.",
			"Tổ hòa giải ở cơ sở đã giải quyết thành công hàng trăm vụ việc mâu thuẫn, tranh chấp nhỏ trong nhân dân.",
			"Đội tuyển học sinh giỏi của tỉnh đoạt 3 giải nhất, 7 giải nhì và 12 giải ba, xếp thứ hạng cao nhất từ trước đến nay.",
			"Mưa lớn kéo dài gây lũ quét, sạt lở đất làm hư hỏng nhiều nhà cửa, cầu cống và hoa màu của người dân.",
			"Chính quyền địa phương đã di dời khẩn cấp 120 hộ dân ra khỏi vùng nguy hiểm, bảo đảm an toàn tính mạng.",
			"Phát biểu tại buổi làm việc, đồng chí Bí thư Tỉnh ủy đánh giá cao những kết quả mà địa phương đạt được.",
			"Tỉnh sẽ tiếp tục cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh.",
			"Tuần lễ văn hóa có nhiều hoạt động đặc sắc như hội chợ ẩm thực, trình diễn trang phục truyền thống, thi đấu thể thao.",
			"Các y bác sĩ đã khám bệnh, cấp thuốc miễn phí và tư vấn chăm sóc sức khoẻ cho hơn 500 người cao tuổi.",
			"Chị Nguyễn Thị Thuý, một người dân trong xã, cho biết gia đình chị đã thoát nghèo nhờ trồng cây ăn quả.",
			"Giải đấu quy tụ 16 đội bóng với hơn 300 cầu thủ, diễn ra sôi nổi trong suốt hai tuần.",
			"Việc ứng dụng công nghệ thông tin giúp rút ngắn thời gian giải quyết thủ tục hành chính cho người dân, doanh nghiệp.",
			"Trong 75 năm qua, các thế hệ cán bộ Văn phòng Tỉnh ủy luôn đoàn kết, vượt qua mọi khó khăn, hoàn thành xuất sắc nhiệm vụ.",
			"Nhân dịp này, Ban Thường vụ Tỉnh ủy đã tặng giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.",
			"Hòa bình là khát vọng của cả dân tộc, được đánh đổi bằng xương máu của biết bao thế hệ cha anh.",
			"Công tác phòng, chống thiên tai được triển khai theo phương châm bốn tại chỗ, chủ động ứng phó.",
			"Người dân phấn khởi vì con đường bê tông mới giúp việc đi lại, vận chuyển nông sản thuận lợi hơn.",
			"Hợp tác xã đã liên kết với doanh nghiệp bao tiêu sản phẩm, giúp bà con yên tâm sản xuất.",
			"Lãnh đạo tỉnh đề nghị các sở, ngành tập trung tháo gỡ khó khăn, đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
			"Chương trình nghệ thuật đặc biệt tái hiện những trang sử hào hùng của quê hương qua các thời kỳ.",
			"Thời tiết hôm nay nắng ráo, nhiệt độ dao động từ 22 đến 30 độ C, thuận lợi cho du khách tham quan.",
			"Khách sạn, nhà nghỉ trên địa bàn đều kín phòng trong những ngày cuối tuần.",
			"Nhà trường đã tổ chức nhiều hoạt động ngoại khóa giúp học sinh rèn luyện kỹ năng sống, giữ gìn sức khỏe.",
			"Hội Nông dân xã thường xuyên tổ chức tập huấn, chuyển giao khoa học kỹ thuật cho hội viên.",
			"Đây là món quà ý nghĩa, thể hiện sự quan tâm của Đảng, Nhà nước đối với đồng bào vùng sâu, vùng xa.",
			"Sau khi kiểm tra, cơ quan chức năng đã lập biên bản, tạm giữ toàn bộ số hàng hóa để tiếp tục xử lý theo quy định.");

	private static final List<String> HEADINGS = List.of("Truyền thống vẻ vang", "Những kết quả nổi bật",
			"Khó khăn, thách thức", "Nhiệm vụ trong thời gian tới", "Ý kiến người dân", "Bài học kinh nghiệm");

	private final Random random;

	VietnameseNews(long seed) {
		this.random = new Random(seed);
	}

	record Article(String title, String lead, String bodyHtml, String section, String byline) {
	}

	/** The next article; {@code marker}, a word of its own, is added to its title. */
	Article next(String marker) {
		String place = pick(PLACES);
		String title = pick(TITLES).replace("{place}", place).replace("{person}", pick(PEOPLE)) + " " + marker;
		String lead = sentence() + " " + sentence();
		var body = new StringBuilder();
		int paragraphs = 6 + random.nextInt(9);
		for (int p = 0; p < paragraphs; p++) {
			if (p > 0 && random.nextInt(4) == 0) {
				body.append("<h2>").append(pick(HEADINGS)).append("</h2>");
			}
			body.append("<p>");
			int sentences = 2 + random.nextInt(3);
			for (int s = 0; s < sentences; s++) {
				body.append(s == 0 ? "" : " ").append(sentence());
			}
			body.append("</p>");
		}
		body.append("<p><strong>").append(pick(PEOPLE).toUpperCase()).append("</strong></p>");
		return new Article(title, lead, body.toString(), pick(SECTIONS), pick(PEOPLE));
	}

	private String sentence() {
		String sentence = pick(SENTENCES);
		return random.nextInt(3) == 0 ? sentence.replace("tỉnh", "tỉnh " + pick(PLACES)) : sentence;
	}

	private String pick(List<String> from) {
		return from.get(random.nextInt(from.size()));
	}

}
