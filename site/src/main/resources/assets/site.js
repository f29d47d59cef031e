// The page view beacon, the print button and the readers' comment form. The page works
// without this file; only the count of views, the button and sending a comment need it.
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
	var form = document.querySelector('[data-comment-form]');
	if (form && window.crypto && crypto.subtle && window.fetch) {
		comments(form);
	} else if (form) {
		// crypto.subtle exists only on pages served over HTTPS (or from this computer)
		var note = document.createElement('p');
		note.className = 'no-comments';
		note.textContent = 'Trình duyệt này không gửi được ý kiến qua trang này.';
		form.parentNode.insertBefore(note, form);
	}

	// A comment goes with the solution of a proof-of-work challenge (ALTCHA): the number
	// whose SHA-256 with the challenge's salt is the challenge. Finding it costs this
	// browser a moment, and a script that sends spam that moment for every comment.
	function comments(form) {
		var status = form.querySelector('[data-captcha-status]');
		var result = form.querySelector('[data-comment-result]');
		var button = form.querySelector('[data-captcha]');
		var labels = { name: 'Họ và tên', email: 'E-mail', content: 'Ý kiến', challenge: 'Mã xác nhận', articleId: 'Bài viết' };
		var solving = null;
		form.hidden = false;
		button.addEventListener('click', function () {
			solution();
		});
		var send = form.querySelector('button[type=submit]');
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			// one comment per click: a second would send the same challenge again
			if (send.disabled) {
				return;
			}
			send.disabled = true;
			result.textContent = '';
			solution().then(function (challenge) {
				var data = {
					articleId: form.getAttribute('data-article-id'),
					name: form.elements.name.value,
					content: form.elements.content.value,
					challenge: challenge
				};
				if (form.elements.email.value) {
					data.email = form.elements.email.value;
				}
				return fetch('/api/comments', {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify(data)
				});
			}).then(function (response) {
				// a challenge is used once, whatever the answer
				solving = null;
				status.textContent = '';
				send.disabled = false;
				return response.json().then(function (body) {
					if (response.status === 202) {
						form.reset();
						result.textContent = body.message;
					} else if (response.status === 429) {
						result.textContent = 'Bạn đã gửi nhiều ý kiến; xin thử lại sau ít phút.';
					} else if (body.errors && body.errors.length) {
						result.textContent = 'Xin kiểm tra lại: ' + body.errors.map(function (error) {
							return labels[error.field] || error.field;
						}).join(', ') + '.';
					} else {
						result.textContent = 'Chưa gửi được ý kiến; xin thử lại sau.';
					}
				});
			}).catch(function () {
				solving = null;
				send.disabled = false;
				result.textContent = 'Chưa gửi được ý kiến; xin thử lại sau.';
			});
		});

		function solution() {
			if (!solving) {
				status.textContent = 'Đang tính mã…';
				solving = fetch('/api/comments/challenge', { cache: 'no-store' }).then(function (response) {
					return response.json();
				}).then(solve).then(function (challenge) {
					status.textContent = 'Đã có mã ✓';
					return challenge;
				}, function (error) {
					solving = null;
					status.textContent = 'Chưa nhận được mã; bấm để thử lại.';
					throw error;
				});
			}
			return solving;
		}
	}

	function solve(challenge) {
		var encoder = new TextEncoder();
		var hex = function (buffer) {
			return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
				return ('0' + b.toString(16)).slice(-2);
			}).join('');
		};
		// a thousand hashes at a time: the browser computes them side by side
		var from = function (start) {
			var tries = [];
			for (var n = start; n < start + 1000 && n <= challenge.maxnumber; n++) {
				tries.push(crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + n)));
			}
			return Promise.all(tries).then(function (hashes) {
				for (var i = 0; i < hashes.length; i++) {
					if (hex(hashes[i]) === challenge.challenge) {
						return btoa(JSON.stringify({
							algorithm: challenge.algorithm,
							challenge: challenge.challenge,
							number: start + i,
							salt: challenge.salt,
							signature: challenge.signature
						}));
					}
				}
				if (start + 1000 > challenge.maxnumber) {
					throw new Error('unsolved');
				}
				return from(start + 1000);
			});
		};
		return from(0);
	}
})();
