// The page view beacon and the print button. The page works without this file; only the
// count of views and the button need it.
(function () {
	'use strict';
	var article = document.querySelector('[data-article-id]');
	if (article && navigator.sendBeacon) {
		// text/plain needs no preflight; the view counter reads it as JSON. The browser
		// sends the signed visitor id with it: a cookie that only /api/views receives.
		navigator.sendBeacon('/api/views', JSON.stringify({ articleId: article.getAttribute('data-article-id') }));
	}
	var print = document.querySelector('[data-print]');
	if (print) {
		print.hidden = false;
		print.addEventListener('click', function () {
			window.print();
		});
	}
	// "Chọn thành phố": one city at a time; without the script, every city is listed
	var choice = document.querySelector('[data-city-select]');
	if (choice) {
		var cities = document.querySelectorAll('[data-city]');
		var show = function () {
			cities.forEach(function (city) {
				city.hidden = city.getAttribute('data-city') !== choice.value;
			});
		};
		choice.hidden = false;
		document.querySelector('.city-choice').hidden = false;
		choice.addEventListener('change', show);
		show();
	}
})();
