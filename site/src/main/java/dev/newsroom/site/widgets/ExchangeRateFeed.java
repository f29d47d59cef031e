package dev.newsroom.site.widgets;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A bank's XML feed of exchange rates, as Vietnamese banks publish them:
 * {@code <ExrateList><Exrate CurrencyCode="USD" Buy="25,870.00" Transfer="25,900.00"
 * Sell="26,260.00"/>…</ExrateList>}. Read with a parser that takes no DTD and no outside
 * entity, and only values that look like amounts: whatever a feed holds, nothing but
 * figures reaches a page.
 */
final class ExchangeRateFeed {

	private static final Pattern AMOUNT = Pattern.compile("[0-9][0-9.,]{0,20}|-");

	private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

	private ExchangeRateFeed() {
	}

	/** The rates of the currencies asked for, in their order. */
	static List<Rate> parse(byte[] xml, List<String> currencies) throws ProviderException {
		Map<String, Rate> found = new LinkedHashMap<>();
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			NodeList rates = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml))
				.getElementsByTagName("Exrate");
			for (int i = 0; i < rates.getLength(); i++) {
				Element rate = (Element) rates.item(i);
				String code = rate.getAttribute("CurrencyCode").strip();
				String buy = rate.getAttribute("Buy").strip();
				String sell = rate.getAttribute("Sell").strip();
				if (CODE.matcher(code).matches() && AMOUNT.matcher(buy).matches() && AMOUNT.matcher(sell).matches()) {
					found.put(code, new Rate(code, buy, sell));
				}
			}
		}
		catch (Exception malformed) {
			throw new ProviderException("The exchange rates are not the feed's XML", malformed);
		}
		List<Rate> wanted = new ArrayList<>();
		currencies.stream().filter(found::containsKey).forEach(code -> wanted.add(found.get(code)));
		if (wanted.isEmpty()) {
			throw new ProviderException("The exchange rate feed has none of " + currencies, null);
		}
		return wanted;
	}

	/** One currency's rates in đồng, as the bank wrote them. */
	record Rate(String code, String buy, String sell) {
	}

}
